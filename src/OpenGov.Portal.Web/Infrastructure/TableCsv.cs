using System.Text;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Report and statistics tables as CSV: UTF-8 with a BOM, RFC 4180 quoting, formula-safe (see <see cref="FreeTextCsv.Field"/>).</summary>
public static class TableCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(ReportTable table)
    {
        var header = new List<string> { table.RowHeader };
        var groups = table.ColumnGroups?.SelectMany(g => Enumerable.Repeat(g.Label, g.Span)).ToList();
        for (var i = 0; i < table.Columns.Count; i++)
            header.Add(groups is not null && i < groups.Count && groups[i] != table.Columns[i] ? $"{groups[i]} — {table.Columns[i]}" : table.Columns[i]);
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Cells.Select(c => ReportFormat.Number(c.Value))]);
        return Write(header, rows);
    }

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(FreeTextCsv.Field))).Append("\r\n");
        foreach (var row in rows) sb.Append(string.Join(',', row.Select(FreeTextCsv.Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }
}
