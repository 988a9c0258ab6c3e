namespace OpenGov.Portal.Domain.Budgets;

/// <summary>A parse or sum error, naming the table, the spreadsheet row and the cell (e.g. "C3") where there is one.</summary>
public sealed record BudgetProblem(string Table, int? Row, string? Cell, string Message)
{
    public string Where => (Row, Cell) switch
    {
        (not null, not null) => $"第{Row}行 {Cell}单元格",
        (not null, null) => $"第{Row}行",
        _ => "",
    };

    public override string ToString() => Where.Length == 0 ? $"{Table}:{Message}" : $"{Table} {Where}:{Message}";
}
