using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.ViewComponents;

/// <summary>
/// The dashboard's compliance monitors, from the national website inspection rules: columns not updated within their
/// interval, letters approaching three months without a reply, withheld items due for re-review, attachments whose file
/// is missing. Application deadlines are the participation alerts' job (shown beside this). For oversight roles only.
/// </summary>
public sealed class ComplianceMonitorsViewComponent(PortalDbContext db, TimeProvider clock, IOptions<ReportingOptions> options) : ViewComponent
{
    public sealed record StaleColumn(string Slug, string Name, int IntervalDays, DateTimeOffset? LastUpdate);
    public sealed record Withheld(int PublicationId, string Title, DateTimeOffset ClassifiedAt);
    public sealed record MissingFile(int AttachmentId, int EditionId, string FileName);
    public sealed record Model(IReadOnlyList<StaleColumn> Columns, int LettersNearThreeMonths, int LetterWarningDays,
        IReadOnlyList<Withheld> DueForReReview, int ReReviewMonths, IReadOnlyList<MissingFile> MissingFiles);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = HttpContext.Actor();
        if (!(actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader) || actor.IsIn(Roles.Administrator) || actor.IsIn(Roles.Auditor))) return Content("");
        var ct = HttpContext.RequestAborted;
        var now = clock.GetUtcNow();
        var o = options.Value;

        var columns = await db.Columns.AsNoTracking().Where(c => c.UpdateIntervalDays != null)
            .Select(c => new { c.Slug, c.Name, c.UpdateIntervalDays, c.SortOrder,
                Last = db.Publications.Published().Where(p => p.ColumnId == c.Id).Max(p => p.UpdatedAt) })
            .OrderBy(c => c.SortOrder).ToListAsync(ct);
        var stale = columns.Where(c => c.Last is null || c.Last < now.AddDays(-c.UpdateIntervalDays!.Value))
            .Select(c => new StaleColumn(c.Slug, c.Name, c.UpdateIntervalDays!.Value, c.Last)).ToList();

        var letterLimit = now.AddMonths(-3).AddDays(o.LetterWarningDays);
        var letters = (await db.FeedbackLetters.AsNoTracking().Where(l => l.RepliedAt == null && l.ReceivedAt < letterLimit)
            .Select(l => l.Status).ToListAsync(ct)).Count(s => s is Domain.Participation.FeedbackStatus.PendingModeration
                or Domain.Participation.FeedbackStatus.New or Domain.Participation.FeedbackStatus.Assigned);

        var reReview = now.AddMonths(-o.ReReviewMonths);
        var withheld = await db.Publications.AsNoTracking().Where(p => p.ClassifiedAt != null && p.ClassifiedAt < reReview)
            .OrderBy(p => p.ClassifiedAt).Take(50)
            .Select(p => new Withheld(p.Id, p.Title ?? p.Editions.OrderBy(e => e.Number).Select(e => e.Title).First(), p.ClassifiedAt!.Value)).ToListAsync(ct);

        var missing = await (from a in db.Attachments.AsNoTracking()
                             join p in db.Publications.Published() on a.EditionId equals p.LiveEditionId
                             where !db.AttachmentBlobs.Any(b => b.Sha256 == a.Sha256)
                             select new MissingFile(a.Id, a.EditionId, a.FileName)).Take(50).ToListAsync(ct);

        return View(new Model(stale, letters, o.LetterWarningDays, withheld, o.ReReviewMonths, missing));
    }
}
