namespace OpenGov.Portal.Domain.Reporting;

/// <summary>A row of a report table; <see cref="Level"/> indents sub-rows (reasons under an outcome group).</summary>
public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells, int Level = 0);
