namespace OpenGov.Portal.Domain.Reporting;

/// <summary>One figure of a report table. <see cref="Entered"/>: typed in by staff rather than counted by the portal.</summary>
public sealed record ReportCell(string Key, decimal Value, bool Entered = false, bool Total = false);
