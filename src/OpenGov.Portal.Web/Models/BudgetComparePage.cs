using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Models;

public sealed record BudgetComparePage(
    BudgetKind Kind, int? From, int? To, IReadOnlyList<int> Years, string? Message,
    BudgetSummary? FromBudget, BudgetSummary? ToBudget,
    IReadOnlyList<BudgetComparePage.Table> Tables)
{
    public sealed record Table(BudgetTableSchema Schema, IReadOnlyList<BudgetComparison.Line> Lines);
}
