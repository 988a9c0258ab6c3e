using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>The audit log for auditors: read, filter, export (itself audited) and verify the hash chain. Nothing here changes anything else.</summary>
[Area("Admin"), Authorize(Roles = Roles.Auditor), NotForAdministrators, Route("admin/audit")]
public sealed class AuditController(PortalDbContext db, TimeProvider clock, IValidator<AuditFilter> validator) : Controller
{
    const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditFilter filter, CancellationToken ct)
    {
        var valid = await ValidAsync(filter, ct);
        var query = valid ? filter.Apply(db.AuditRecords.AsNoTracking()) : db.AuditRecords.AsNoTracking().Where(_ => false);
        var total = await query.CountAsync(ct);
        var pageCount = Pager.PageCountFor(total, PageSize);
        var current = Pager.Clamp(filter.Page, pageCount);
        var records = await query.OrderByDescending(a => a.Sequence).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var actions = await db.AuditRecords.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        var types = await db.AuditRecords.Where(a => a.EntityType != null).Select(a => a.EntityType!).Distinct().OrderBy(t => t).ToListAsync(ct);
        return View(new AuditPage(filter, records, new Pager(current, pageCount, total), actions, types));
    }

    [HttpPost("export")]
    public async Task<IActionResult> Export(AuditFilter filter, CancellationToken ct)
    {
        if (!await ValidAsync(filter, ct)) return Redirect("/admin/audit" + filter.QueryString(1));
        var query = filter.Apply(db.AuditRecords.AsNoTracking());
        var count = await query.CountAsync(ct);
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "audit.export", "AuditLog", null, reason: $"{filter.Describe()};{count} 条"));
        await db.SaveChangesAsync(ct);

        var stamp = Cst.ToCst(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"audit-{stamp}.csv" }.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        await AuditCsv.WriteAsync(Response.Body, query.OrderBy(a => a.Sequence).AsAsyncEnumerable(), ct);
        return new EmptyResult();
    }

    [HttpGet("verify")]
    public IActionResult Verify() => View((AuditChainReport?)null);

    [HttpPost("verify")]
    public async Task<IActionResult> RunVerify(CancellationToken ct)
    {
        var report = await AuditChainVerifier.VerifyAsync(db, ct);
        var outcome = report.IsIntact ? $"完整,共 {report.Checked} 条" : $"第 {report.FirstBrokenSequence} 条断链:{report.Problem}";
        db.AuditRecords.Add(AuditRecord.For(HttpContext.Actor(), clock.GetUtcNow(), "audit.verify", "AuditLog", null, reason: outcome));
        await db.SaveChangesAsync(ct);
        return View("Verify", report);
    }

    async Task<bool> ValidAsync(AuditFilter filter, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(filter, ct);
        if (!result.IsValid) result.AddToModelState(ModelState);
        return ModelState.IsValid;
    }
}
