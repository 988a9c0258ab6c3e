using System.Net;
using System.Text;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Writes a report table as an accessible HTML table (caption, th scope, grouped column headings).
/// <paramref name="link"/> turns a cell into a link (the back office's drill-down); null: plain figures.
/// </summary>
public static class ReportTableHtml
{
    public static string Render(ReportTable table, Func<ReportCell, string?>? link = null, string? csvHref = null)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"report-table\" id=\"table-").Append(E(table.Key)).Append("\"><caption>").Append(E(table.Caption));
        if (csvHref is not null) sb.Append(" <a class=\"csv\" href=\"").Append(E(csvHref)).Append("\">下载CSV</a>");
        sb.Append("</caption><thead>");
        var grouped = table.ColumnGroups is { Count: > 0 };
        if (grouped)
        {
            sb.Append("<tr><td rowspan=\"2\">").Append(E(table.RowHeader)).Append("</td>");
            var index = 0;
            foreach (var (label, span) in table.ColumnGroups!)
            {
                if (span == 1 && table.Columns[index] == label)
                    sb.Append("<th scope=\"col\" rowspan=\"2\">").Append(E(label)).Append("</th>");
                else
                    sb.Append("<th scope=\"colgroup\" colspan=\"").Append(span).Append("\">").Append(E(label)).Append("</th>");
                index += span;
            }
            sb.Append("</tr><tr>");
            index = 0;
            foreach (var (label, span) in table.ColumnGroups!)
            {
                if (!(span == 1 && table.Columns[index] == label))
                    for (var i = index; i < index + span; i++) sb.Append("<th scope=\"col\">").Append(E(table.Columns[i])).Append("</th>");
                index += span;
            }
            sb.Append("</tr>");
        }
        else
        {
            sb.Append("<tr><td>").Append(E(table.RowHeader)).Append("</td>");
            foreach (var c in table.Columns) sb.Append("<th scope=\"col\">").Append(E(c)).Append("</th>");
            sb.Append("</tr>");
        }
        sb.Append("</thead><tbody>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr><th scope=\"row\" class=\"level-").Append(row.Level).Append('"');
            if (row.Cells.Count == 0) sb.Append(" colspan=\"").Append(table.Columns.Count + 1).Append('"');
            sb.Append('>').Append(E(row.Label)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                var text = ReportFormat.Number(cell.Value);
                sb.Append("<td data-key=\"").Append(E(cell.Key)).Append('"');
                if (cell.Entered) sb.Append(" class=\"entered\"");
                sb.Append('>');
                var href = link?.Invoke(cell);
                if (href is null) sb.Append(text);
                else sb.Append("<a href=\"").Append(E(href)).Append("\">").Append(text).Append("</a>");
                sb.Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
