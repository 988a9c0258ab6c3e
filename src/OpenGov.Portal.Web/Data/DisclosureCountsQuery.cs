using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data;

/// <summary>
/// Counts of disclosure applications by outcome row and applicant column for a date range (China dates,
/// inclusive), in the shape of the national annual-report table; for statistics and the annual report.
/// </summary>
public sealed class DisclosureCountsQuery(PortalDbContext db)
{
    public async Task<DisclosureCounts> CountAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        DisclosureCounts.Build(await RowsAsync(from, to, ct), from, to);

    /// <summary>The applications a range touches (received in it, carried over into it, or answered in it), for drill-down lists.</summary>
    public async Task<IReadOnlyList<DisclosureCounts.Row>> RowsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.DisclosureApplications.AsNoTracking()
            .Where(a => a.ReceivedOn <= to && (a.AnsweredOn == null || a.AnsweredOn >= from))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.ApplicantType, a.OrganisationType, a.ReceivedOn, a.AnsweredOn, a.Outcome, a.DueOnAtAnswer })
            .ToListAsync(ct);
        return rows.Select(r => new DisclosureCounts.Row(r.Id, DisclosureOutcomes.ColumnOf(r.ApplicantType, r.OrganisationType),
            r.ReceivedOn, r.AnsweredOn, r.Outcome, r.DueOnAtAnswer)).ToList();
    }
}
