using System.Globalization;

namespace OpenGov.Portal.Domain.Budgets;

/// <summary>Spreadsheet cell names: column index 0 → "A", 26 → "AA"; ("C", 3) → "C3".</summary>
public static class CellRef
{
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    public static string Of(int columnIndex, int row) => Column(columnIndex) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 0-based column index of a reference such as "AB12"; -1 when it has no letters.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') { index = index * 26 + (ch - 'A' + 1); letters++; }
            else break;
        }
        return letters == 0 ? -1 : index - 1;
    }
}
