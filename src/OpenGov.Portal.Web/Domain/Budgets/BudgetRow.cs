namespace OpenGov.Portal.Domain.Budgets;

/// <summary>A row of a table as read from a file or form (<see cref="RowNumber"/> is the spreadsheet row) or as stored.</summary>
public sealed record BudgetRow(int RowNumber, string? Section, string? Code, string Name, IReadOnlyList<decimal> Amounts)
{
    public string Key => Section is not null ? $"{Section}|{Name}" : Code ?? Name;

    /// <summary>类 = 1, 款 = 2, 项 = 3 for coded rows; 1 for the others (三公 sub-items: 2).</summary>
    public int Level => Code is not null ? ClassificationCode.LevelOf(Code)
        : ThreePublicItems.IsSubItem(Name) ? 2 : 1;
}
