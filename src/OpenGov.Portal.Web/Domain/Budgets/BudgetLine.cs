namespace OpenGov.Portal.Domain.Budgets;

/// <summary>One stored row of a budget table, owned by an edition. Totals are not stored; they are computed.</summary>
public sealed class BudgetLine
{
    public const int SectionMax = 10;
    public const int CodeMax = 20;
    public const int NameMax = 100;

    public long Id { get; private set; }
    public int EditionId { get; private set; }
    public BudgetTableKind Table { get; private set; }
    public int SortOrder { get; private set; }
    public string? Section { get; private set; }
    public string? Code { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>In the order of the table's <see cref="BudgetTableSchema.AmountColumns"/>, 万元 with two decimals.</summary>
    public List<decimal> Amounts { get; private set; } = [];

    private BudgetLine() { }

    public static BudgetLine From(int editionId, BudgetTableKind table, int sortOrder, BudgetRow row) => new()
    {
        EditionId = editionId,
        Table = table,
        SortOrder = sortOrder,
        Section = row.Section,
        Code = row.Code,
        Name = row.Name,
        Amounts = [.. row.Amounts],
    };

    public BudgetLine CopyFor(int editionId) => new()
    {
        EditionId = editionId, Table = Table, SortOrder = SortOrder, Section = Section, Code = Code, Name = Name, Amounts = [.. Amounts],
    };

    public BudgetRow ToRow() => new(SortOrder, Section, Code, Name, Amounts);
}
