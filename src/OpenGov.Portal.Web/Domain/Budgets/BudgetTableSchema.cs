namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// The shape of one standard table: how rows are keyed, its amount columns (万元) and the sums that
/// must hold. The import layout, the edit form, the public table and the open-data files all follow it.
/// </summary>
public sealed record BudgetTableSchema(
    BudgetTableKind Kind,
    string Slug,
    string Title,
    string TitleEn,
    RowKey Key,
    IReadOnlyList<string> AmountColumns,
    bool FirstAmountIsRowTotal,
    ClassificationKind Classification,
    bool AllowNegative)
{
    public const string TotalLabel = "合计";
    public const string IncomeSection = "收入";
    public const string ExpenditureSection = "支出";
    public static readonly IReadOnlyList<string> Sections = [IncomeSection, ExpenditureSection];

    public IReadOnlyList<string> KeyColumns => Key switch
    {
        RowKey.Section => ["方向", "项目"],
        RowKey.Code => ["科目编码", "科目名称"],
        _ => ["项目"],
    };

    /// <summary>The header row of the import layout and of the CSV download.</summary>
    public IReadOnlyList<string> Headers => [.. KeyColumns, .. AmountColumns];

    public string CsvFileName => Slug + ".csv";
}
