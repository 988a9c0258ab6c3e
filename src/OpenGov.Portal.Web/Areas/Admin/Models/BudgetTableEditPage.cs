using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record BudgetTableEditPage(BudgetSummary Budget, BudgetTableSchema Schema, BudgetTableForm Form, IReadOnlyList<BudgetProblem> Problems);
