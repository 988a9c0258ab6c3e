using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Controllers;

/// <summary>Published annual openness reports (tables as HTML and CSV) and the public 政务公开数据 page of aggregate figures.</summary>
[PublicRead]
public sealed class ReportsController(PortalDbContext db, StatisticsQuery statistics, TimeProvider clock) : Controller
{
    public sealed record ReportPage(int PublicationId, string Title, string? IndexNumber, DateTimeOffset? PublishedAt, AnnualReport Report);
    public sealed record DataPage(ReportingPeriod Period, IReadOnlyList<ReportTable> Tables, IReadOnlyList<(int Year, int PublicationId)> Reports);

    /// <summary>Tables the public data page shows: aggregate counts only, never a person or a department's people.</summary>
    static readonly string[] PublicTables = ["by-column", "by-month", "summary", "applications-outcome", "applications-applicant", "applications-timeliness"];

    [HttpGet("/reports/{year:int}")]
    public async Task<IActionResult> Show(int year, CancellationToken ct)
    {
        var page = await LoadAsync(year, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/reports/{year:int}/{key}.csv")]
    public async Task<IActionResult> Csv(int year, string key, CancellationToken ct)
    {
        var page = await LoadAsync(year, ct);
        var table = page is null ? null : AnnualReportCalculator.Tables(page.Report.Data).FirstOrDefault(t => t.Key == key);
        return table is null ? NotFound() : File(TableCsv.Write(table), TableCsv.ContentType, $"annual-report-{year}-{key}.csv");
    }

    [HttpGet("/zwgk/data")]
    public async Task<IActionResult> Data(CancellationToken ct)
    {
        var (period, tables) = await PublicTablesAsync(ct);
        var reports = await (from r in db.AnnualReports.AsNoTracking()
                             join p in db.Publications.Published() on r.EditionId equals p.LiveEditionId
                             orderby r.Year descending
                             select new { r.Year, p.Id }).ToListAsync(ct);
        return View(new DataPage(period, tables, reports.Select(r => (r.Year, r.Id)).ToList()));
    }

    [HttpGet("/zwgk/data/{key}.csv")]
    public async Task<IActionResult> DataCsv(string key, CancellationToken ct)
    {
        var (_, tables) = await PublicTablesAsync(ct);
        var table = tables.FirstOrDefault(t => t.Key == key);
        return table is null ? NotFound() : File(TableCsv.Write(table), TableCsv.ContentType, $"zwgk-data-{key}.csv");
    }

    async Task<(ReportingPeriod, IReadOnlyList<ReportTable>)> PublicTablesAsync(CancellationToken ct)
    {
        var today = Cst.Today(clock);
        var period = new ReportingPeriod(new DateOnly(today.Year, 1, 1), today);
        var result = await statistics.RunAsync(period, ct);
        return (period, result.Tables.Where(t => PublicTables.Contains(t.Key)).ToList());
    }

    async Task<ReportPage?> LoadAsync(int year, CancellationToken ct)
    {
        var found = await (from r in db.AnnualReports.AsNoTracking()
                           join p in db.Publications.Published() on r.EditionId equals p.LiveEditionId
                           where r.Year == year && p.Kind == PublicationKind.AnnualReport
                           orderby p.PublishedAt descending
                           select new { r, p.Id, p.Title, p.IndexNumber, p.PublishedAt }).FirstOrDefaultAsync(ct);
        return found is null ? null : new ReportPage(found.Id, found.Title ?? "", found.IndexNumber, found.PublishedAt, found.r);
    }
}
