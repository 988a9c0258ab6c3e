namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>The text of a sheet or CSV file: rows numbered as the spreadsheet numbers them (from 1).</summary>
public sealed record RawSheet(string Name, IReadOnlyList<RawRow> Rows);

public sealed record RawRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
