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
/// The confidentiality review of replies the writer agreed to publish: a Reviewer other than the person who
/// replied publishes the exchange (after removing personal details from the letter if needed) or withholds it.
/// </summary>
[Area("Admin"), Authorize(Roles = Roles.Reviewer), Route("admin/feedback/review")]
public sealed class LetterReviewController(PortalDbContext db, TimeProvider clock, IValidator<PublishReplyForm> publishValidator,
    IValidator<ReasonForm> reasonValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await (from l in db.FeedbackLetters.AsNoTracking()
                          join d in db.Departments on l.DepartmentId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          where l.PublicationState == FeedbackPublicationState.AwaitingReview
                          orderby l.RepliedAt
                          select new { l.Id, l.Subject, l.Category, l.RepliedAt, l.RepliedByName, Department = d.Name }).ToListAsync(ct);
        return View(rows.Select(r => new ReviewRow(r.Id, r.Subject, ParticipationNames.Of(r.Category), r.RepliedAt, r.RepliedByName, r.Department)).ToList());
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        return await ViewAsync(letter, null, null, ct);
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, [Bind(Prefix = "Publish")] PublishReplyForm form, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var check = await publishValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Publish");
            return await ViewAsync(letter, form, null, ct);
        }
        letter.ApprovePublication(HttpContext.Actor(), clock.GetUtcNow(), form.PublicSubject!, form.PublicBody!, form.Note);
        await db.SaveWithAuditAsync(ct);
        TempData.Success("审查通过,留言和答复已在“留言选登”中公开");
        return Redirect("/admin/feedback/review");
    }

    [HttpPost("{id:int}/withhold")]
    public async Task<IActionResult> Withhold(int id, [Bind(Prefix = "Withhold")] ReasonForm form, CancellationToken ct)
    {
        var letter = await db.FeedbackLetters.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (letter is null) return NotFound();
        var check = await reasonValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Withhold");
            return await ViewAsync(letter, null, form, ct);
        }
        letter.Withhold(HttpContext.Actor(), clock.GetUtcNow(), form.Reason!);
        await db.SaveWithAuditAsync(ct);
        TempData.Success("已决定不予公开");
        return Redirect("/admin/feedback/review");
    }

    async Task<IActionResult> ViewAsync(FeedbackLetter letter, PublishReplyForm? publish, ReasonForm? withhold, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        string? refusal = letter.PublicationState != FeedbackPublicationState.AwaitingReview ? "该答复不在待审查状态"
            : actor.IsIn(Roles.Administrator) ? "系统管理员不能审批内容"
            : letter.RepliedById == actor.UserId ? "不能审查本人撰写的答复" : null;
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == letter.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct);
        return View("Review", new LetterReviewPage(letter, department, refusal is null, refusal,
            publish ?? new PublishReplyForm { PublicSubject = letter.PublicSubject ?? letter.Subject, PublicBody = letter.PublicBody ?? letter.Body },
            withhold ?? new ReasonForm()));
    }
}
