using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Resilience;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Leader sign-off (领导签发): publish now, schedule or return reviewed editions; withdraw published documents.</summary>
[Area("Admin"), Authorize(Roles = Roles.Leader), Route("admin/signoff")]
public sealed class SignOffController(PortalDbContext db, TimeProvider clock, IndexNumberAllocator allocator,
    IValidator<SignOffForm> validator, IValidator<WithdrawForm> withdrawValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = HttpContext.Actor();
        var editions = db.Editions.AsNoTracking();
        var waiting = await Rows(editions.Where(e => e.Status == EditionStatus.Reviewed).OrderBy(e => e.ReviewedAt), me).ToListAsync(ct);
        var scheduled = await Rows(editions.Where(e => e.Status == EditionStatus.Scheduled).OrderBy(e => e.ScheduledFor), me).ToListAsync(ct);
        var published = await Rows(editions.Where(e => e.Status == EditionStatus.Published).OrderByDescending(e => e.PublishedAt).Take(50), me).ToListAsync(ct);
        return View(new SignOffQueuePage(waiting, scheduled, published));
    }

    IQueryable<QueueRow> Rows(IQueryable<Edition> editions, Actor me) => editions.Select(e => new QueueRow(e.Id, e.PublicationId, e.Title,
        e.Publication.Kind, e.Number, db.Departments.Where(d => d.Id == e.Publication.DepartmentId).Select(d => d.Name).First(), e.AuthorName, e.Status,
        e.ReviewedAt, e.ScheduledFor,
        e.EditorIds.Contains(me.UserId) ? "本人起草或修改,须由其他领导签发" : e.ReviewerId == me.UserId ? "本人审查,须由其他领导签发" : null));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, new SignOffForm(), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Decide(int id, SignOffForm form, CancellationToken ct)
    {
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            var page = await PageAsync(id, form, ct);
            return page is null ? NotFound() : View("Show", page);
        }

        var me = HttpContext.Actor();
        // Replayed whole on a transient failure; a replay after a lost commit acknowledgement sees the new version and refuses.
        var edition = await db.InTransactionAsync(async token =>
        {
            await db.LockEditionAsync(id, token);
            var e = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).FirstOrDefaultAsync(e => e.Id == id, token);
            if (e is null) return null;
            db.ExpectVersion(e, form.Version);
            var now = clock.GetUtcNow();
            switch (form.Decision)
            {
                case SignOffDecision.PublishNow: await allocator.PublishAsync(e, me, now, token); break;
                case SignOffDecision.Schedule: e.Schedule(me, now, Cst.FromCstLocal(form.ScheduleAt!.Value)); break;
                default: e.Return(me, now, form.Reason!.Trim()); break;
            }
            await db.SaveChangesAsync(token);
            return e;
        }, ct);
        if (edition is null) return NotFound();
        TempData.Success(form.Decision switch
        {
            SignOffDecision.PublishNow => $"“{edition.Title}”已发布,索引号 {edition.Publication.IndexNumber}",
            SignOffDecision.Schedule => $"“{edition.Title}”将于 {Cst.DateTime(edition.ScheduledFor)}(北京时间)发布",
            _ => $"“{edition.Title}”已退回信息员",
        });
        return Redirect("/admin/signoff");
    }

    [HttpGet("withdraw/{publicationId:int}")]
    public async Task<IActionResult> Withdraw(int publicationId, CancellationToken ct)
    {
        var publication = await LivePublicationAsync(publicationId, tracked: false, ct);
        if (publication is null) return NotFound();
        return View(FillWithdraw(new WithdrawForm { Version = publication.LiveEdition!.Version }, publication));
    }

    [HttpPost("withdraw/{publicationId:int}")]
    public async Task<IActionResult> ConfirmWithdraw(int publicationId, WithdrawForm form, CancellationToken ct)
    {
        var publication = await LivePublicationAsync(publicationId, tracked: true, ct);
        if (publication is null) return NotFound();
        var check = await withdrawValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View("Withdraw", FillWithdraw(form, publication));
        }

        var edition = publication.LiveEdition!;
        db.ExpectVersion(edition, form.Version);
        edition.Withdraw(HttpContext.Actor(), clock.GetUtcNow(), form.PublicReason!.Trim(), form.PublishedInError);
        await db.SaveChangesAsync(ct);
        TempData.Success(form.PublishedInError ? $"“{publication.Title}”已撤销(误发布),公开页面不再显示任何内容" : $"“{publication.Title}”已撤回,公开页面显示撤回说明");
        return Redirect("/admin/signoff");
    }

    async Task<Publication?> LivePublicationAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.Publications.Include(p => p.LiveEdition).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        var publication = await query.FirstOrDefaultAsync(p => p.Id == id, ct);
        return publication is { LiveEdition: not null, WithdrawnAt: null, Gone: false } ? publication : null;
    }

    static WithdrawForm FillWithdraw(WithdrawForm form, Publication publication)
    {
        form.PublicationId = publication.Id;
        form.Title = publication.Title ?? "";
        form.IndexNumber = publication.IndexNumber;
        return form;
    }

    async Task<SignOffPage?> PageAsync(int id, SignOffForm form, CancellationToken ct)
    {
        var details = await EditionDetailsQuery.LoadAsync(db, id, ct);
        if (details is null) return null;
        var e = details.Edition;
        if (form.Version == 0) form.Version = e.Version;
        var me = HttpContext.Actor();
        var blocked = e.Status is not (EditionStatus.Reviewed or EditionStatus.Scheduled) ? $"该信息当前状态为“{StatusNames.Of(e.Status)}”,无需签发。"
            : me.IsIn(Roles.Administrator) ? "系统管理员不能审批内容。"
            : e.EditorIds.Contains(me.UserId) ? "您起草或修改过该信息,须由其他领导签发。"
            : e.ReviewerId == me.UserId ? "您是该信息的保密审查人,须由其他领导签发。"
            : null;
        return new SignOffPage(details, form, blocked);
    }
}
