namespace OpenGov.Portal.Models;

public sealed record BudgetIndexPage(IReadOnlyList<BudgetSummary> Budgets)
{
    public IReadOnlyList<int> Years => Budgets.Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToList();
}
