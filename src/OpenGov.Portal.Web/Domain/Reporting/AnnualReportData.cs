namespace OpenGov.Portal.Domain.Reporting;

/// <summary>
/// What a generated report is built from and stored as: the portal's own figures, the application table's
/// counted cells (key → count, frozen when generated) and the cells staff typed in.
/// </summary>
public sealed record AnnualReportData(int Year, PortalFigures Figures, IReadOnlyDictionary<string, int> ApplicationCells,
    IReadOnlyDictionary<string, decimal> Entered);
