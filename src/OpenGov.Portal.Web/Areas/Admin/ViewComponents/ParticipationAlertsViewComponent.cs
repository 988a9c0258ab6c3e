using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Areas.Admin.Controllers;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.ViewComponents;

/// <summary>
/// The dashboard's participation section: applications past or near their statutory deadline, letters
/// unanswered beyond the configured working days, letters held for manual review, replies awaiting review.
/// Shows only what the signed-in person may act on or oversee; no personal data.
/// </summary>
public sealed class ParticipationAlertsViewComponent(PortalDbContext db, TimeProvider clock, ParticipationDeskProvider desks,
    IOptions<ParticipationOptions> options) : ViewComponent
{
    public const string ViewPath = "~/Areas/Admin/Views/Shared/Components/ParticipationAlerts/Default.cshtml";

    public sealed record ApplicationAlert(int Id, DateOnly ReceivedOn, string Description, DateOnly? DueOn, DeadlineFlag Flag, string Status);

    public sealed record Alerts(IReadOnlyList<ApplicationAlert> Applications, int CorrectionsLapsed, int OverdueLetters, int LettersToModerate,
        int LettersToAssign, int RepliesToReview, int ReplyWorkingDays, int DueSoonWorkingDays)
    {
        public bool Any => Applications.Count > 0 || CorrectionsLapsed > 0 || OverdueLetters > 0 || LettersToModerate > 0 || LettersToAssign > 0 || RepliesToReview > 0;
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = HttpContext.Actor();
        if (!actor.IsIn(Roles.Author) && !actor.IsIn(Roles.Reviewer) && !actor.IsIn(Roles.Leader)) return Content("");
        var ct = HttpContext.RequestAborted;
        var desk = await desks.GetAsync(ct);
        var calendar = await db.WorkingDaysAsync(ct);
        var today = Cst.Today(clock);
        var settings = options.Value;
        var everything = desk.IsCoordinator(actor) || actor.IsIn(Roles.Leader);

        var open = await db.DisclosureApplications.AsNoTracking().Include(a => a.Consultations)
            .Where(a => a.Status != ApplicationStatus.Answered && (everything || a.DepartmentId == actor.DepartmentId))
            .ToListAsync(ct);
        var applications = open
            .Select(a => (App: a, Deadline: a.Deadline(calendar)))
            .Select(x => new ApplicationAlert(x.App.Id, x.App.ReceivedOn, x.App.Description.Length > 40 ? x.App.Description[..40] + "…" : x.App.Description,
                x.Deadline.DueOn, x.Deadline.FlagOn(today, calendar, settings.DueSoonWorkingDays), ParticipationNames.Of(x.App.Status)))
            .Where(a => a.Flag != DeadlineFlag.None)
            .OrderBy(a => a.DueOn).ToList();
        var lapsed = open.Count(a => a.Status == ApplicationStatus.AwaitingCorrection && a.CorrectionDueOn < today);

        var letters = await LettersController.Visible(db.FeedbackLetters.AsNoTracking(), actor, desk)
            .Where(l => l.Status == FeedbackStatus.PendingModeration || l.Status == FeedbackStatus.New || l.Status == FeedbackStatus.Assigned)
            .ToListAsync(ct);
        var overdueLetters = letters.Count(l => l.IsOverdue(calendar, today, settings.FeedbackReplyWorkingDays));
        var moderate = desk.IsCoordinator(actor) ? letters.Count(l => l.Status == FeedbackStatus.PendingModeration) : 0;
        var assign = desk.IsCoordinator(actor) ? letters.Count(l => l.Status == FeedbackStatus.New) : 0;
        var review = actor.IsIn(Roles.Reviewer)
            ? await db.FeedbackLetters.CountAsync(l => l.PublicationState == FeedbackPublicationState.AwaitingReview && l.RepliedById != actor.UserId, ct)
            : 0;

        return View(ViewPath, new Alerts(applications, lapsed, overdueLetters, moderate, assign, review, settings.FeedbackReplyWorkingDays, settings.DueSoonWorkingDays));
    }
}
