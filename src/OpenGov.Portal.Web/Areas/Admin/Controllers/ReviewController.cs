using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Confidentiality review (保密审查): the queue of submitted editions and the reviewer's attestation.</summary>
[Area("Admin"), Authorize(Roles = Roles.Reviewer), Route("admin/review")]
public sealed class ReviewController(PortalDbContext db, TimeProvider clock, IValidator<ReviewForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = HttpContext.Actor();
        var rows = await db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Submitted).OrderBy(e => e.SubmittedAt).ThenBy(e => e.Id)
            .Select(e => new QueueRow(e.Id, e.PublicationId, e.Title, e.Publication.Kind, e.Number,
                db.Departments.Where(d => d.Id == e.Publication.DepartmentId).Select(d => d.Name).First(), e.AuthorName, e.Status, e.SubmittedAt, null,
                e.EditorIds.Contains(me.UserId) ? "本人起草或修改,须由其他审查员审查" : null))
            .ToListAsync(ct);
        return View(rows);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, new ReviewForm(), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Decide(int id, ReviewForm form, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            var page = await PageAsync(id, form, ct);
            return page is null ? NotFound() : View("Show", page);
        }

        var edition = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (edition is null) return NotFound();
        db.ExpectVersion(edition, form.Version);
        var me = HttpContext.Actor();
        var now = clock.GetUtcNow();
        var reason = form.Reason?.Trim();
        switch (form.Decision)
        {
            case ReviewDecision.Pass: edition.PassReview(me, now, form.DisclosureMode!.Value, string.IsNullOrEmpty(reason) ? "经审查,不涉密" : reason); break;
            case ReviewDecision.Classified: edition.MarkClassified(me, now, ReviewVerdict.Classified, reason!); break;
            case ReviewDecision.NotForDisclosure: edition.MarkClassified(me, now, ReviewVerdict.NotForDisclosure, reason!); break;
            default: edition.Return(me, now, reason!); break;
        }
        await db.SaveChangesAsync(ct);
        TempData.Success(form.Decision switch
        {
            ReviewDecision.Pass => $"“{edition.Title}”审查通过,已送领导签发",
            ReviewDecision.Return => $"“{edition.Title}”已退回信息员",
            _ => $"“{edition.Title}”已标记为涉密/不予公开,永不发布",
        });
        return Redirect("/admin/review");
    }

    async Task<ReviewPage?> PageAsync(int id, ReviewForm form, CancellationToken ct)
    {
        var details = await EditionDetailsQuery.LoadAsync(db, id, ct);
        if (details is null) return null;
        var e = details.Edition;
        if (form.Version == 0) form.Version = e.Version;
        form.DisclosureMode ??= e.DisclosureMode;
        var me = HttpContext.Actor();
        var blocked = e.Status != EditionStatus.Submitted ? $"该信息当前状态为“{StatusNames.Of(e.Status)}”,无需审查。"
            : me.IsIn(Roles.Administrator) ? "系统管理员不能审批内容。"
            : e.EditorIds.Contains(me.UserId) ? "您起草或修改过该信息,须由其他保密审查员审查。"
            : null;
        return new ReviewPage(details, form, blocked);
    }
}
