using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>What an uploaded file would import: every problem, or the tables and a signed payload to confirm.</summary>
public sealed record BudgetImportPreview(BudgetSummary Budget, string FileName, IReadOnlyList<BudgetProblem> Problems, IReadOnlyList<BudgetTableView> Tables, string? Payload);
