namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// A table as read from an import file or the edit form: its lines and any 合计 rows the file carried
/// (which must equal the computed totals; they are not stored).
/// </summary>
public sealed record ParsedTable(BudgetTableKind Kind, IReadOnlyList<BudgetRow> Rows, IReadOnlyList<BudgetRow> TotalRows)
{
    public BudgetTableSchema Schema => BudgetSchemas.For(Kind);
}
