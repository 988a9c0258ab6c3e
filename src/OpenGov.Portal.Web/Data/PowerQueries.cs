using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flowcharts;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Data;

/// <summary>Reads powers for the public pages (published only) and for reviewers (any edition).</summary>
public static class PowerQueries
{
    public const int MaxQueryLength = 50;

    public static async Task<PowerListPage> ListAsync(PortalDbContext db, PowerCategory? category, string? office, string? q, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        var all = await (from p in db.Publications.AsNoTracking().Published()
                         where p.Kind == PublicationKind.Power
                         join i in db.PowerItems on p.LiveEditionId equals i.EditionId
                         join d in db.Departments on p.DepartmentId equals d.Id
                         select new { i.Code, i.Name, i.Category, DepartmentCode = d.Code, DepartmentName = d.Name, DepartmentOrder = d.SortOrder, i.StatutoryTimeLimit, i.PromisedTimeLimit })
            .ToListAsync(ct);
        var rows = all
            .Where(r => category is null || r.Category == category)
            .Where(r => string.IsNullOrEmpty(office) || r.DepartmentCode == office)
            .Where(r => query.Length == 0 || r.Name.Contains(query, StringComparison.OrdinalIgnoreCase) || r.Code.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Category).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new PowerListPage.Row(r.Code, r.Name, r.Category, r.DepartmentName, r.StatutoryTimeLimit, r.PromisedTimeLimit))
            .ToList();
        var categories = PowerCategories.All.Select(c => (c, all.Count(r => r.Category == c))).ToList();
        var offices = all.OrderBy(r => r.DepartmentOrder).Select(r => (r.DepartmentCode, r.DepartmentName)).Distinct().ToList();
        return new PowerListPage(category, string.IsNullOrEmpty(office) ? null : office, query, rows, categories, offices);
    }

    /// <summary>The live edition that currently publishes <paramref name="code"/>, if any.</summary>
    public static async Task<int?> PublishedEditionAsync(PortalDbContext db, string code, CancellationToken ct) =>
        await (from p in db.Publications.AsNoTracking().Published()
               where p.Kind == PublicationKind.Power
               join i in db.PowerItems on p.LiveEditionId equals i.EditionId
               where i.Code == code
               orderby p.Id
               select (int?)i.EditionId).FirstOrDefaultAsync(ct);

    /// <summary>The current code of a published power that an earlier edition published as <paramref name="code"/>.</summary>
    public static async Task<string?> RenamedToAsync(PortalDbContext db, string code, CancellationToken ct) =>
        await (from old in db.PowerItems.AsNoTracking()
               where old.Code == code && old.Edition.PublishedAt != null
               join p in db.Publications.Published() on old.Edition.PublicationId equals p.Id
               where p.Kind == PublicationKind.Power
               join live in db.PowerItems on p.LiveEditionId equals live.EditionId
               where live.Code != code
               select live.Code).FirstOrDefaultAsync(ct);

    /// <summary>A withdrawn power's notice, when <paramref name="code"/> was withdrawn rather than never published.</summary>
    public static async Task<WithdrawnPage?> WithdrawnAsync(PortalDbContext db, string code, CancellationToken ct) =>
        await (from p in db.Publications.AsNoTracking()
               where p.Kind == PublicationKind.Power && p.WithdrawnAt != null && p.ClassifiedAt == null
               join i in db.PowerItems on p.LiveEditionId equals i.EditionId
               where i.Code == code
               orderby p.WithdrawnAt descending
               select new WithdrawnPage(p.Id, p.Title ?? i.Name, p.IndexNumber, p.WithdrawnAt, p.Gone ? null : p.WithdrawalReason))
            .FirstOrDefaultAsync(ct);

    public static async Task<PowerPage?> PageAsync(PortalDbContext db, int editionId, CancellationToken ct)
    {
        var item = await db.PowerItems.AsNoTracking().AsSplitQuery()
            .Include(i => i.LegalBases).Include(i => i.Materials).Include(i => i.Steps).ThenInclude(s => s.Next)
            .FirstOrDefaultAsync(i => i.EditionId == editionId, ct);
        if (item is null) return null;
        var head = await (from e in db.Editions.AsNoTracking()
                          where e.Id == editionId
                          join p in db.Publications on e.PublicationId equals p.Id
                          join d in db.Departments on p.DepartmentId equals d.Id
                          select new { e.PublicationId, e.Number, e.Status, e.PublishedAt, p.IndexNumber, PubPublishedAt = p.PublishedAt, p.UpdatedAt, DepartmentName = d.Name })
            .SingleAsync(ct);
        var history = await db.Editions.AsNoTracking()
            .Where(e => e.PublicationId == head.PublicationId && e.PublishedAt != null)
            .OrderByDescending(e => e.Number)
            .Select(e => new ItemPage.HistoryEntry(e.Number, e.PublishedAt, e.ChangeNote, e.Id == editionId)).ToListAsync(ct);

        var flow = item.Flow;
        var details = item.Details;
        var svg = FlowchartRenderer.Render(flow, Chart(details, flow, $"flow-{editionId}"));
        return new PowerPage(head.PublicationId, editionId, head.Number, head.Status, details, head.DepartmentName, head.IndexNumber,
            head.PubPublishedAt, head.UpdatedAt, flow, svg, FlowText.Describe(flow), history);
    }

    /// <summary>The chart's accessible name and description.</summary>
    public static FlowchartRenderer.Options Chart(PowerDetails details, FlowDefinition flow, string idPrefix, bool standalone = false) =>
        new($"{details.Name}权力运行流程图",
            flow.Steps.Count == 0
                ? "尚未定义流程。"
                : $"共 {flow.Steps.Count} 个步骤,自“{(flow.Steps.FirstOrDefault(s => s.Kind == FlowStepKind.Start) ?? flow.Steps[0]).Label}”开始。各步骤的责任岗位、办理时限和流转关系见页面中的“流程步骤文字说明”。",
            idPrefix, standalone);
}
