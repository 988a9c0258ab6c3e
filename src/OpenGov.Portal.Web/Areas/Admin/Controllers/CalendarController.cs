using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models.Participation;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// The working-day calendar the statutory deadlines count on: public holidays and 调休 make-up workdays,
/// per date, as the State Council announces them each year. Maintained by the Administrator; audited.
/// </summary>
[Area("Admin"), Authorize(Roles = Roles.Administrator), Route("admin/calendar")]
public sealed class CalendarController(PortalDbContext db, TimeProvider clock, IValidator<CalendarForm> validator) : Controller
{
    public sealed record CalendarPage(int Year, IReadOnlyList<CalendarDay> Days, CalendarForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct) =>
        View(await PageAsync(year ?? Cst.Today(clock).Year, new CalendarForm { Kind = DayKind.Holiday }, ct));

    [HttpPost("")]
    public async Task<IActionResult> Add(CalendarForm form, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(form, ct);
        if (check.IsValid && form.Kind == DayKind.MakeUpWorkday && Dates(form).Any(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            check.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(CalendarForm.From), "调休上班日应为周六或周日(工作日本来就上班)"));
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View("Index", await PageAsync(form.From?.Year ?? Cst.Today(clock).Year, form, ct));
        }
        var dates = Dates(form).ToList();
        var existing = await db.CalendarDays.Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => d.Date, ct);
        foreach (var date in dates)
        {
            if (existing.TryGetValue(date, out var day))
            {
                day.Kind = form.Kind!.Value;
                day.Name = form.Name!.Trim();
            }
            else db.CalendarDays.Add(new CalendarDay { Date = date, Kind = form.Kind!.Value, Name = form.Name!.Trim() });
        }
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "calendar.set", nameof(CalendarDay), D(dates[0]),
            reason: $"{D(dates[0])}~{D(dates[^1])} {ParticipationNames.Of(form.Kind!.Value)} {form.Name!.Trim()}"));
        await db.SaveChangesAsync(ct);
        TempData.Success($"已设置 {dates.Count} 天");
        return Redirect($"/admin/calendar?year={dates[0].Year}");
    }

    [HttpPost("{date}/delete")]
    public async Task<IActionResult> Remove(string date, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return NotFound();
        var day = await db.CalendarDays.FirstOrDefaultAsync(x => x.Date == d, ct);
        if (day is null) return NotFound();
        db.CalendarDays.Remove(day);
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "calendar.remove", nameof(CalendarDay), D(d),
            reason: $"{ParticipationNames.Of(day.Kind)} {day.Name}"));
        await db.SaveChangesAsync(ct);
        TempData.Success($"已删除 {D(d)} 的设置,该日恢复按星期计算");
        return Redirect($"/admin/calendar?year={d.Year}");
    }

    async Task<CalendarPage> PageAsync(int year, CalendarForm form, CancellationToken ct)
    {
        year = Math.Clamp(year, 2000, 2100);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
        return new CalendarPage(year, days, form);
    }

    static IEnumerable<DateOnly> Dates(CalendarForm form)
    {
        var to = form.To ?? form.From!.Value;
        for (var d = form.From!.Value; d <= to; d = d.AddDays(1)) yield return d;
    }

    static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
