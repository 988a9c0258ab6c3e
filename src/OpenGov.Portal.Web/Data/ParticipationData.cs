using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data;

public static class ParticipationData
{
    /// <summary>
    /// Saves, first moving the audit records raised by participation verbs (letters, applications) into the
    /// audit log, where <see cref="PortalDbContext.SaveChangesAsync(bool, CancellationToken)"/> chains them.
    /// </summary>
    public static async Task SaveWithAuditAsync(this PortalDbContext db, CancellationToken ct = default)
    {
        var records = db.ChangeTracker.Entries().Select(e => e.Entity).OfType<IRaisesAudit>().SelectMany(e => e.TakePendingAudit()).ToList();
        // The sequence is the key and is assigned when the chain is appended; until then each record needs a
        // distinct placeholder so that several can be tracked at once.
        var placeholder = 0L;
        foreach (var record in records)
        {
            record.Sequence = --placeholder;
            db.AuditRecords.Add(record);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The Administrator's working-day calendar.</summary>
    public static async Task<WorkingDayCalculator> WorkingDaysAsync(this PortalDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
