using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;
using OpenGov.Portal.Models.Participation;

namespace OpenGov.Portal.Controllers;

/// <summary>Letters (留言): write in, follow with the tracking code, read published replies.</summary>
public sealed class FeedbackController(PortalDbContext db, TimeProvider clock, IValidator<FeedbackForm> validator, ILogger<FeedbackController> log)
    : Controller
{
    public const int PageSize = 10;
    public const string CodeKey = "og.feedback.code";

    [HttpGet("/feedback")]
    public async Task<IActionResult> Index(string? page, CancellationToken ct)
    {
        var query = db.FeedbackLetters.AsNoTracking().Where(l => l.PublicationState == FeedbackPublicationState.Published);
        var total = await query.CountAsync(ct);
        var pager = new Pager(Pager.Clamp(int.TryParse(page, out var n) ? n : 1, Pager.PageCountFor(total, PageSize)), Pager.PageCountFor(total, PageSize), total);
        var rows = await (from l in query
                          join d in db.Departments on l.DepartmentId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          orderby l.PublishedAt descending, l.Id descending
                          select new { l.Id, l.Category, l.PublicSubject, l.PublicBody, l.ReceivedAt, l.ReplyText, l.RepliedAt, Department = d.Name })
            .Skip((pager.Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var letters = rows.Select(r => new PublishedLetter(r.Id, ParticipationNames.Of(r.Category), r.PublicSubject!, r.PublicBody!, r.ReceivedAt,
            r.ReplyText!, r.RepliedAt, r.Department)).ToList();
        return View(new PublishedLettersPage(letters, pager));
    }

    [HttpGet("/feedback/new")]
    public IActionResult New() => View(new FeedbackForm());

    [HttpPost("/feedback/new"), EnableRateLimiting(ParticipationSetup.SubmitPolicy), SubmissionLimit]
    public async Task<IActionResult> New(FeedbackForm form, CancellationToken ct)
    {
        if (Honeypot.IsFilled(form.Homepage))
        {
            log.LogWarning("Feedback honeypot filled from {Ip}", HttpContext.Connection.RemoteIpAddress);
            ModelState.AddModelError("", Honeypot.Message);
            return View(form);
        }
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid || !ModelState.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }

        var words = await db.BlockedWords.AsNoTracking().Select(w => w.Word).ToListAsync(ct);
        var found = BlockedWord.FoundIn(words, form.Subject, form.Body, form.Name);
        var code = await NewCodeAsync(ct);
        var letter = FeedbackLetter.Receive(code, form.Category!.Value, form.Subject!, form.Body!, form.Name, form.Phone, form.Email,
            form.ConsentToPublish, clock.GetUtcNow(), found);
        db.FeedbackLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        if (found.Count > 0) log.LogInformation("Letter {Id} held for manual review (blocked words)", letter.Id);
        TempData[CodeKey] = code;
        return Redirect("/feedback/submitted");
    }

    [HttpGet("/feedback/submitted")]
    public IActionResult Submitted() =>
        TempData[CodeKey] is string code ? View("Submitted", TrackingCode.Format(code)) : Redirect("/feedback/new");

    [HttpGet("/feedback/query")]
    public IActionResult Query() => View(new TrackingForm());

    [HttpPost("/feedback/query"), EnableRateLimiting(ParticipationSetup.LookupPolicy), SubmissionLimit]
    public async Task<IActionResult> Query(TrackingForm form, CancellationToken ct)
    {
        var page = TrackingCode.TryNormalize(form.Code, out var code) ? await LoadStatusAsync(code, ct) : null;
        if (page is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(TrackingForm.Code), "未找到该查询码对应的留言,请核对后重新输入(查询码为12位字母和数字)");
            return View(form);
        }
        return View("Status", page);
    }

    async Task<LetterStatusPage?> LoadStatusAsync(string code, CancellationToken ct)
    {
        var row = await (from l in db.FeedbackLetters.AsNoTracking()
                         join d in db.Departments on l.DepartmentId equals d.Id into ds
                         from d in ds.DefaultIfEmpty()
                         where l.TrackingCode == code
                         select new { l.Category, l.Subject, l.ReceivedAt, l.Status, l.ReplyText, l.RepliedAt, l.ConsentToPublish, l.PublicationState, Department = d.Name })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        string? publication = !row.ConsentToPublish ? null : row.PublicationState switch
        {
            FeedbackPublicationState.Published => "经审查,您的留言和答复已在“留言选登”中公开(不含您的姓名和联系方式)。",
            FeedbackPublicationState.Withheld => "经审查,您的留言和答复不宜公开,未在网站发布。",
            FeedbackPublicationState.AwaitingReview => "答复正在进行公开前的保密审查。",
            _ => "您同意公开留言;答复后经保密审查方可公开。",
        };
        return new LetterStatusPage(TrackingCode.Format(code), ParticipationNames.Of(row.Category), row.Subject, row.ReceivedAt,
            ParticipationNames.PublicOf(row.Status), row.Status == FeedbackStatus.Replied ? row.ReplyText : null, row.RepliedAt,
            row.Status == FeedbackStatus.Replied ? row.Department : null, publication);
    }

    async Task<string> NewCodeAsync(CancellationToken ct)
    {
        // 31^12 codes: a collision is astronomically unlikely, but the unique index would refuse one, so look first.
        while (true)
        {
            var code = TrackingCode.New();
            if (!await db.FeedbackLetters.AnyAsync(l => l.TrackingCode == code, ct)) return code;
        }
    }
}
