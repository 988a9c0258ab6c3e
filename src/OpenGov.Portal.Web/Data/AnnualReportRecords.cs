using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Data;

/// <summary>
/// The records a figure of the annual report counts, so a reviewer can check it (live data: a figure frozen
/// at generation may differ if records changed since).
/// </summary>
public sealed class AnnualReportRecords(PortalDbContext db, DisclosureCountsQuery counts, AnnualReportGenerator generator)
{
    public sealed record Item(string Label, string Detail, string Href);

    /// <summary>Whether the back office can list the records behind <paramref name="key"/>.</summary>
    public static bool IsCounted(string key) => key.StartsWith("apps.", StringComparison.Ordinal) || key.StartsWith("proactive.normative.", StringComparison.Ordinal);

    public async Task<IReadOnlyList<Item>?> ForAsync(int year, string key, CancellationToken ct = default)
    {
        var period = ReportingPeriod.Year(year);
        if (key.StartsWith("apps.", StringComparison.Ordinal)) return await ApplicationsAsync(period, key, ct);
        if (key.StartsWith("proactive.normative.", StringComparison.Ordinal)) return await PoliciesAsync(period, key, ct);
        return null;
    }

    async Task<IReadOnlyList<Item>?> ApplicationsAsync(ReportingPeriod p, string key, CancellationToken ct)
    {
        var empty = new PortalFigures(0, 0, 0, 0, 0, 0, 0);
        var rows = await counts.RowsAsync(p.From, p.To, ct);
        var matching = rows.Where(r =>
        {
            var data = new AnnualReportData(p.From.Year, empty, AnnualReportCalculator.ApplicationCells(DisclosureCounts.Build([r], p.From, p.To)), new Dictionary<string, decimal>());
            return AnnualReportCalculator.Tables(data).Select(t => t.Find(key)).FirstOrDefault(c => c is not null)?.Value > 0;
        }).Select(r => r.Id).ToList();
        if (!AnnualReportCalculator.Tables(new AnnualReportData(p.From.Year, empty, new Dictionary<string, int>(), new Dictionary<string, decimal>()))
                .Any(t => t.Find(key) is not null)) return null;
        var list = await db.DisclosureApplications.AsNoTracking().Where(a => matching.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.TrackingCode, a.ReceivedOn, a.AnsweredOn }).ToListAsync(ct);
        return list.Select(a => new Item(a.TrackingCode, $"收到 {a.ReceivedOn:yyyy-MM-dd}" + (a.AnsweredOn is { } d ? $",答复 {d:yyyy-MM-dd}" : ",未答复"),
            $"/admin/applications/{a.Id}")).ToList();
    }

    async Task<IReadOnlyList<Item>?> PoliciesAsync(ReportingPeriod p, string key, CancellationToken ct)
    {
        var policies = await generator.PolicyEditionsAsync(p.End, ct);
        var first = policies.GroupBy(e => e.PublicationId).ToDictionary(g => g.Key, g => g.MinBy(e => e.Number)!);
        var ids = key switch
        {
            "proactive.normative.issued" => first.Values.Where(e => e.PublishedAt >= p.Start).Select(e => e.PublicationId),
            "proactive.normative.repealed" => policies.Where(e => e.Validity == Domain.Publishing.Validity.Repealed && e.PublishedAt >= p.Start).Select(e => e.PublicationId),
            "proactive.normative.in-force" => policies.GroupBy(e => e.PublicationId).Select(g => g.MaxBy(e => e.Number)!)
                .Where(e => e.Validity != Domain.Publishing.Validity.Repealed && (e.WithdrawnAt is null || e.WithdrawnAt >= p.End)).Select(e => e.PublicationId),
            _ => null,
        };
        if (ids is null) return null;
        var set = ids.Distinct().ToList();
        var list = await db.Publications.AsNoTracking().Where(x => set.Contains(x.Id)).OrderBy(x => x.Id)
            .Select(x => new { x.Id, x.Title, x.DocumentNumber, x.IndexNumber }).ToListAsync(ct);
        return list.Select(x => new Item(x.Title ?? "", $"{x.DocumentNumber} {x.IndexNumber}".Trim(), $"/items/{x.Id}")).ToList();
    }
}
