namespace OpenGov.Portal.Domain.Reporting;

/// <summary>
/// A table of the annual report. <see cref="ColumnGroups"/> (optional) is a first header row of (label, span)
/// above <see cref="Columns"/>, as in the template's 法人或其他组织 heading.
/// </summary>
public sealed record ReportTable(string Key, string Caption, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<(string Label, int Span)>? ColumnGroups = null)
{
    public ReportCell? Find(string key) => Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key == key);
}
