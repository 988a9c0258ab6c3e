using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>
/// The lists on a person's dashboard. Each shows only what that person may see: authors their own
/// department, reviewers and leaders everything in their step, and never an item they may not act on
/// (their own drafts are not "waiting for my review").
/// </summary>
public static class DashboardQuery
{
    const int Shown = 10;

    public static async Task<DashboardPage> LoadAsync(PortalDbContext db, Actor me, CancellationToken ct)
    {
        var lists = new List<DashboardPage.WorkList>();
        var editions = db.Editions.AsNoTracking();
        var seesAll = me.IsIn(Roles.Reviewer) || me.IsIn(Roles.Leader);
        var mine = me.IsIn(Roles.Author) && me.DepartmentId is { } dept
            ? editions.Where(e => e.Publication.DepartmentId == dept)
            : editions.Where(_ => false);

        if (me.IsIn(Roles.Author))
        {
            lists.Add(await ListAsync(db, "drafts", "我的草稿", mine.Where(e => e.Status == EditionStatus.Draft && e.EditorIds.Contains(me.UserId)),
                EditorLinks.For, "/admin/editions", ct));
            lists.Add(await ListAsync(db, "returned", "退回给我的", mine.Where(e => e.Status == EditionStatus.Returned && e.EditorIds.Contains(me.UserId)),
                EditorLinks.For, "/admin/editions", ct));
        }
        if (me.IsIn(Roles.Reviewer) && !me.IsIn(Roles.Administrator))
        {
            lists.Add(await ListAsync(db, "review", "待我审查", editions.Where(e => e.Status == EditionStatus.Submitted && !e.EditorIds.Contains(me.UserId)),
                (_, e) => $"/admin/review/{e}", "/admin/review", ct));
        }
        if (me.IsIn(Roles.Leader) && !me.IsIn(Roles.Administrator))
        {
            lists.Add(await ListAsync(db, "signoff", "待我签发",
                editions.Where(e => e.Status == EditionStatus.Reviewed && !e.EditorIds.Contains(me.UserId) && e.ReviewerId != me.UserId),
                (_, e) => $"/admin/signoff/{e}", "/admin/signoff", ct));
        }
        if (seesAll || me.IsIn(Roles.Author))
        {
            var scheduled = (seesAll ? editions : mine).Where(e => e.Status == EditionStatus.Scheduled);
            Func<PublicationKind, int, string> href = me.IsIn(Roles.Leader) ? (_, e) => $"/admin/signoff/{e}"
                : me.IsIn(Roles.Reviewer) ? (_, e) => $"/admin/review/{e}" : EditorLinks.For;
            lists.Add(await ListAsync(db, "scheduled", "定时发布", scheduled, href, null, ct));
        }

        var published = (seesAll || !me.IsIn(Roles.Author) ? editions : mine).Where(e => e.Status == EditionStatus.Published);
        var recent = await published.OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id).Take(Shown)
            .Select(e => new { e.PublicationId, e.Title, e.Status, Dept = db.Departments.Where(d => d.Id == e.Publication.DepartmentId).Select(d => d.Name).First(), e.PublishedAt })
            .ToListAsync(ct);
        lists.Add(new("published", "最近发布", await published.CountAsync(ct),
            recent.Select(r => new DashboardPage.Row(r.Title, $"/items/{r.PublicationId}", StatusNames.Of(r.Status), r.Dept, r.PublishedAt)).ToList(), null));
        return new DashboardPage(me.Name, lists);
    }

    static async Task<DashboardPage.WorkList> ListAsync(PortalDbContext db, string key, string title, IQueryable<Edition> query,
        Func<PublicationKind, int, string> href, string? more, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id).Take(Shown)
            .Select(e => new { e.Id, e.Title, e.Status, e.Publication.Kind, Dept = db.Departments.Where(d => d.Id == e.Publication.DepartmentId).Select(d => d.Name).First(), When = (DateTimeOffset?)(e.ScheduledFor ?? e.UpdatedAt) })
            .ToListAsync(ct);
        return new(key, title, await query.CountAsync(ct),
            rows.Select(r => new DashboardPage.Row(r.Title, href(r.Kind, r.Id), StatusNames.Of(r.Status), r.Dept, r.When)).ToList(), more);
    }
}
