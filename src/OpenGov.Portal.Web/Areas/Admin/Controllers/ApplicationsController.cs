using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Areas.Admin.Models.Participation;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Disclosure applications in the back office: list with deadline flags, detail, assignment, released documents.</summary>
[Area("Admin"), Authorize(Roles = $"{Roles.Author},{Roles.Leader}"), Route("admin/applications")]
public sealed class ApplicationsController(PortalDbContext db, TimeProvider clock, ParticipationDeskProvider desks, ApplicationDetailPages pages,
    IOptions<ParticipationOptions> options, IValidator<AssignForm> assignValidator) : Controller
{
    public const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, string? page, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var desk = await desks.GetAsync(ct);
        var filter = show is "overdue" or "answered" or "all" ? show : "open";
        var query = db.DisclosureApplications.AsNoTracking().Include(a => a.Consultations).AsQueryable();
        if (!desk.IsCoordinator(actor) && !actor.IsIn(Roles.Leader)) query = query.Where(a => a.DepartmentId != null && a.DepartmentId == actor.DepartmentId);
        query = filter switch
        {
            "answered" => query.Where(a => a.Status == ApplicationStatus.Answered),
            "all" => query,
            _ => query.Where(a => a.Status != ApplicationStatus.Answered),
        };
        var applications = await query.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).Take(2000).ToListAsync(ct);
        var calendar = await db.WorkingDaysAsync(ct);
        var today = Cst.Today(clock);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var rows = applications.Select(a =>
        {
            var deadline = a.Deadline(calendar);
            var flag = a.IsOpen ? deadline.FlagOn(today, calendar, options.Value.DueSoonWorkingDays) : DeadlineFlag.None;
            return new ApplicationRow(a.Id, a.ReceivedOn, DisclosureOutcomes.NameOf(a.Column), PersonalData.MaskName(a.ApplicantType == ApplicantType.NaturalPerson ? a.ApplicantName : a.ContactName),
                a.Description.Length > 60 ? a.Description[..60] + "…" : a.Description, a.Status, a.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
                a.IsOpen ? deadline.DueOn : a.DueOnAtAnswer, flag, a.Outcome is { } o ? DisclosureOutcomes.FullNameOf(o) : null, a.IsOpen ? null : a.AnsweredOnTime);
        }).ToList();
        if (filter == "overdue") rows = rows.Where(r => r.Flag == DeadlineFlag.Overdue).ToList();
        var pageCount = Pager.PageCountFor(rows.Count, PageSize);
        var current = Pager.Clamp(int.TryParse(page, out var n) ? n : 1, pageCount);
        return View(new ApplicationsPage(rows.Skip((current - 1) * PageSize).Take(PageSize).ToList(), filter, new Pager(current, pageCount, rows.Count)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, bool personal, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        var actor = HttpContext.Actor();
        var desk = await desks.GetAsync(ct);
        if (!ApplicationDetailPages.MaySee(application, actor, desk)) return Forbid();
        if (personal)
        {
            if (!desk.MaySeePersonalData(actor, application.DepartmentId)) return Forbid();
            application.RecordPersonalDataViewed(actor, clock.GetUtcNow());
            await db.SaveWithAuditAsync(ct);
        }
        return View(await pages.BuildAsync(application, actor, personal, null, ct));
    }

    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, [Bind(Prefix = "Forms.Assign")] AssignForm form, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        var check = await assignValidator.ValidateAsync(form, ct);
        if (check.IsValid && !await db.Departments.AnyAsync(d => d.Id == form.DepartmentId, ct))
            check.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(AssignForm.DepartmentId), "请选择承办处室"));
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Forms.Assign");
            return await pages.ViewAsync(this, application, pages.Blank(application) with { Assign = form }, ct);
        }
        application.Assign(HttpContext.Actor(), clock.GetUtcNow(), form.DepartmentId!.Value, await desks.GetAsync(ct));
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已分办");
        return Redirect($"/admin/applications/{id}");
    }

    [HttpPost("{id:int}/documents")]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        var error = file is null || file.Length == 0 ? "请选择要上传的文件"
            : file.Length > options.Value.MaxDocumentBytes ? $"文件不能超过 {FileSize.Format(options.Value.MaxDocumentBytes)}" : null;
        byte[] bytes = [];
        string? contentType = null;
        var name = file is null ? "" : ReleasedDocumentCheck.CleanName(file.FileName, DisclosureDocument.FileNameMax);
        if (error is null)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
            contentType = ReleasedDocumentCheck.ContentTypeOf(name, bytes);
            if (contentType is null) error = $"只能上传 {ReleasedDocumentCheck.AcceptedExtensions} 文件,且文件内容须与扩展名相符";
        }
        if (error is not null)
        {
            TempData.Error(error);
            return Redirect($"/admin/applications/{id}#documents");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha, ct)) db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = sha, Data = bytes });
        application.AttachDocument(HttpContext.Actor(), clock.GetUtcNow(), name, contentType!, bytes.LongLength, sha);
        await db.SaveWithAuditAsync(ct);
        TempData.Success($"已上传“{name}”");
        return Redirect($"/admin/applications/{id}#documents");
    }

    [HttpPost("{id:int}/documents/{documentId:int}/delete")]
    public async Task<IActionResult> RemoveDocument(int id, int documentId, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        application.RemoveDocument(HttpContext.Actor(), clock.GetUtcNow(), documentId);
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已删除附件");
        return Redirect($"/admin/applications/{id}#documents");
    }

    [HttpGet("{id:int}/documents/{documentId:int}")]
    public async Task<IActionResult> Document(int id, int documentId, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        if (!ApplicationDetailPages.MaySee(application, HttpContext.Actor(), await desks.GetAsync(ct))) return Forbid();
        var document = application.Documents.FirstOrDefault(d => d.Id == documentId);
        if (document is null) return NotFound();
        var data = await db.AttachmentBlobs.AsNoTracking().Where(b => b.Sha256 == document.Sha256).Select(b => b.Data).FirstAsync(ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(data, document.ContentType, document.FileName);
    }
}
