using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes the save conditional on the version the person saw (the form's hidden Version, i.e. xmin):
    /// if the row has changed since, this throws now, and if it changes before the save, the save throws.
    /// Either way the person gets "changed by someone else, reload".
    /// </summary>
    public static void ExpectVersion(this PortalDbContext db, Edition edition, uint postedVersion)
    {
        var entry = db.Entry(edition);
        var current = edition.Version;
        entry.Property(e => e.Version).OriginalValue = postedVersion;
        if (current != postedVersion)
            throw new DbUpdateConcurrencyException($"Edition {edition.Id} is at version {current}, the form was for {postedVersion}.");
    }

    /// <summary>Locks the edition row until the transaction ends, so publishing takes its locks in one order (edition, then counter).</summary>
    public static Task LockEditionAsync(this PortalDbContext db, int editionId, CancellationToken ct = default) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM editions WHERE id = {editionId} FOR UPDATE", ct);
}
