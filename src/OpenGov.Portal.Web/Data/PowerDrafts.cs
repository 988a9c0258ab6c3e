using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>Loads power editions for the back office and checks that a code is free.</summary>
public static class PowerDrafts
{
    /// <summary>The power of an edition, tracked, with its edition, publication and all rows.</summary>
    public static Task<PowerItem?> LoadAsync(PortalDbContext db, int editionId, CancellationToken ct) =>
        db.PowerItems.AsSplitQuery()
            .Include(i => i.Edition).ThenInclude(e => e.Publication)
            .Include(i => i.LegalBases).Include(i => i.Materials).Include(i => i.Steps).ThenInclude(s => s.Next)
            .FirstOrDefaultAsync(i => i.EditionId == editionId, ct);

    /// <summary>
    /// The name of another power that holds <paramref name="code"/>: one being drafted or reviewed, or
    /// one published and not withdrawn. A code is free when it belongs to nothing else that may go public.
    /// </summary>
    public static Task<string?> CodeTakenByAsync(PortalDbContext db, string code, int? exceptPublicationId, CancellationToken ct)
    {
        var normal = code.Trim().ToUpperInvariant();
        return (from i in db.PowerItems.AsNoTracking()
                join e in db.Editions on i.EditionId equals e.Id
                join p in db.Publications on e.PublicationId equals p.Id
                where i.Code == normal && p.Id != exceptPublicationId && p.ClassifiedAt == null
                      && (e.Status == EditionStatus.Draft || e.Status == EditionStatus.Returned || e.Status == EditionStatus.Submitted
                          || e.Status == EditionStatus.Reviewed || e.Status == EditionStatus.Scheduled
                          || (p.LiveEditionId == e.Id && p.WithdrawnAt == null))
                select i.Name).FirstOrDefaultAsync(ct);
    }
}
