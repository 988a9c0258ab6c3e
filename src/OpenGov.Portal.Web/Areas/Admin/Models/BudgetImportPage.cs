using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record BudgetImportPage(BudgetSummary Budget, BudgetImportForm Form);
