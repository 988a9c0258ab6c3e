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

/// <summary>Letters in the back office: triage (coordinating department), assignment, and the reply (assigned department).</summary>
[Area("Admin"), Authorize(Roles = $"{Roles.Author},{Roles.Reviewer},{Roles.Leader}"), Route("admin/feedback")]
public sealed class LettersController(PortalDbContext db, TimeProvider clock, ParticipationDeskProvider desks, IOptions<ParticipationOptions> options,
    IValidator<AssignForm> assignValidator, IValidator<ReplyForm> replyValidator, IValidator<ReasonForm> reasonValidator) : Controller
{
    public const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, string? page, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var desk = await desks.GetAsync(ct);
        var filter = show is "overdue" or "moderation" or "replied" or "all" ? show : "open";
        var query = Visible(db.FeedbackLetters.AsNoTracking(), actor, desk);
        query = filter switch
        {
            "moderation" => query.Where(l => l.Status == FeedbackStatus.PendingModeration),
            "replied" => query.Where(l => l.Status == FeedbackStatus.Replied),
            "all" => query,
            _ => query.Where(l => l.Status == FeedbackStatus.PendingModeration || l.Status == FeedbackStatus.New || l.Status == FeedbackStatus.Assigned),
        };
        var calendar = await db.WorkingDaysAsync(ct);
        var days = options.Value.FeedbackReplyWorkingDays;
        var today = Cst.Today(clock);
        var letters = await query.OrderByDescending(l => l.ReceivedAt).ThenByDescending(l => l.Id).Take(2000).ToListAsync(ct);
        if (filter == "overdue") letters = letters.Where(l => l.IsOverdue(calendar, today, days)).ToList();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var pageCount = Pager.PageCountFor(letters.Count, PageSize);
        var current = Pager.Clamp(int.TryParse(page, out var n) ? n : 1, pageCount);
        var rows = letters.Skip((current - 1) * PageSize).Take(PageSize).Select(l => new LetterRow(l.Id, l.ReceivedAt, ParticipationNames.Of(l.Category), l.Subject,
                PersonalData.MaskName(l.Name), l.Phone is not null ? PersonalData.MaskPhone(l.Phone) : PersonalData.MaskEmail(l.Email), l.Status,
                l.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, l.ReplyDueOn(calendar, days), l.IsOverdue(calendar, today, days),
                l.TimeToFirstReply, l.PublicationState))
            .ToList();
        return View(new LettersPage(rows, filter, new Pager(current, pageCount, letters.Count), days));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, bool personal, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var actor = HttpContext.Actor();
        var desk = await desks.GetAsync(ct);
        if (!MaySee(letter, actor, desk)) return Forbid();
        if (personal)
        {
            if (!desk.MaySeePersonalData(actor, letter.DepartmentId)) return Forbid();
            letter.RecordPersonalDataViewed(actor, clock.GetUtcNow());
            await db.SaveWithAuditAsync(ct);
        }
        return await DetailViewAsync(letter, personal, null, null, null, ct);
    }

    [HttpPost("{id:int}/release")]
    public async Task<IActionResult> Release(int id, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        letter.Release(HttpContext.Actor(), clock.GetUtcNow(), await desks.GetAsync(ct));
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已通过人工审核,留言转入待分办");
        return Redirect($"/admin/feedback/{id}");
    }

    [HttpPost("{id:int}/invalid")]
    public async Task<IActionResult> Invalid(int id, [Bind(Prefix = "Invalid")] ReasonForm form, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var check = await reasonValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Invalid");
            return await DetailViewAsync(letter, false, null, null, form, ct);
        }
        letter.MarkInvalid(HttpContext.Actor(), clock.GetUtcNow(), form.Reason!, await desks.GetAsync(ct));
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已标记为无效留言");
        return Redirect($"/admin/feedback/{id}");
    }

    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, [Bind(Prefix = "Assign")] AssignForm form, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var check = await assignValidator.ValidateAsync(form, ct);
        if (check.IsValid && !await db.Departments.AnyAsync(d => d.Id == form.DepartmentId, ct))
            check.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(AssignForm.DepartmentId), "请选择承办处室"));
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Assign");
            return await DetailViewAsync(letter, false, form, null, null, ct);
        }
        letter.Assign(HttpContext.Actor(), clock.GetUtcNow(), form.DepartmentId!.Value, await desks.GetAsync(ct));
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已分办");
        return Redirect($"/admin/feedback/{id}");
    }

    [HttpPost("{id:int}/reply")]
    public async Task<IActionResult> Reply(int id, [Bind(Prefix = "Reply")] ReplyForm form, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var check = await replyValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Reply");
            return await DetailViewAsync(letter, false, null, form, null, ct);
        }
        letter.Reply(HttpContext.Actor(), clock.GetUtcNow(), form.Text!);
        await db.SaveWithAuditAsync(ct);
        TempData.Success(letter.ConsentToPublish ? "已答复;留言人同意公开,答复将在保密审查通过后公开" : "已答复");
        return Redirect($"/admin/feedback/{id}");
    }

    async Task<IActionResult> DetailViewAsync(FeedbackLetter letter, bool showPersonal, AssignForm? assign, ReplyForm? reply, ReasonForm? invalid, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var desk = await desks.GetAsync(ct);
        if (!MaySee(letter, actor, desk)) return Forbid();
        var calendar = await db.WorkingDaysAsync(ct);
        var days = options.Value.FeedbackReplyWorkingDays;
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new DepartmentOption(d.Id, d.Name)).ToListAsync(ct);
        return View("Detail", new LetterDetailPage(letter, departments.FirstOrDefault(d => d.Id == letter.DepartmentId)?.Name, departments,
            showPersonal, desk.MaySeePersonalData(actor, letter.DepartmentId), desk.IsCoordinator(actor), ParticipationDesk.IsHandler(actor, letter.DepartmentId),
            letter.ReplyDueOn(calendar, days), letter.IsOverdue(calendar, Cst.Today(clock), days),
            assign ?? new AssignForm { DepartmentId = letter.DepartmentId }, reply ?? new ReplyForm(), invalid ?? new ReasonForm()));
    }

    /// <summary>Coordinators, reviewers and leaders see every letter; other authors only their department's.</summary>
    internal static IQueryable<FeedbackLetter> Visible(IQueryable<FeedbackLetter> letters, Actor actor, ParticipationDesk desk) =>
        desk.IsCoordinator(actor) || actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader)
            ? letters
            : letters.Where(l => l.DepartmentId != null && l.DepartmentId == actor.DepartmentId);

    static bool MaySee(FeedbackLetter letter, Actor actor, ParticipationDesk desk) =>
        desk.IsCoordinator(actor) || actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader)
        || (letter.DepartmentId is not null && letter.DepartmentId == actor.DepartmentId);
}
