using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Read-only statistics for a range of China dates (default: this year); every CSV export is audited.</summary>
[Area("Admin"), Route("admin/statistics"), Authorize(Roles = $"{Roles.Leader},{Roles.Reviewer},{Roles.Administrator},{Roles.Auditor}")]
public sealed class StatisticsController(PortalDbContext db, StatisticsQuery statistics, TimeProvider clock) : Controller
{
    public sealed record Page(string From, string To, string? Error, ReportingPeriod Period, IReadOnlyList<ReportTable> Tables);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? from, string? to, CancellationToken ct)
    {
        var (period, error) = Parse(from, to);
        var result = await statistics.RunAsync(period, ct);
        return View(new Page(from ?? Cst.Date(period.From), to ?? Cst.Date(period.To), error, period, result.Tables));
    }

    [HttpGet("{key}.csv")]
    public async Task<IActionResult> Csv(string key, string? from, string? to, CancellationToken ct)
    {
        var (period, error) = Parse(from, to);
        if (error is not null) return BadRequest();
        var table = (await statistics.RunAsync(period, ct)).Tables.FirstOrDefault(t => t.Key == key);
        if (table is null) return NotFound();
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "statistics.export", "Statistics", key,
            reason: $"{Cst.Date(period.From)}~{Cst.Date(period.To)}"));
        await db.SaveChangesAsync(ct);
        return File(TableCsv.Write(table), TableCsv.ContentType, $"statistics-{key}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
    }

    (ReportingPeriod Period, string? Error) Parse(string? from, string? to)
    {
        var today = Cst.Today(clock);
        var fallback = new ReportingPeriod(new DateOnly(today.Year, 1, 1), today);
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to)) return (fallback, null);
        var ok = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f);
        ok &= DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t);
        if (!ok) return (fallback, "请按“2012-01-01”的格式填写起止日期");
        if (f > t) return (fallback, "开始日期不能晚于结束日期");
        if (t.DayNumber - f.DayNumber > 366 * 20) return (fallback, "统计期间不能超过 20 年");
        return (new ReportingPeriod(f, t), null);
    }
}
