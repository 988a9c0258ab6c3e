using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>Appends audit records to the hash chain. Must run inside a transaction.</summary>
public static class AuditChain
{
    // Any constant works; it only has to be the same for every writer of the chain.
    const long LockKey = 0x4f47_4155_4449_54;

    public static async Task AppendAsync(PortalDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey], ct);
        var last = await db.AuditRecords.AsNoTracking()
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? "";
        foreach (var record in records)
        {
            // PostgreSQL keeps microseconds; hash what will be stored.
            record.OccurredAt = new DateTimeOffset(record.OccurredAt.UtcTicks - record.OccurredAt.UtcTicks % 10, TimeSpan.Zero);
            record.Sequence = ++sequence;
            record.PreviousHash = previous;
            record.Hash = record.ComputeHash();
            previous = record.Hash;
            db.AuditRecords.Add(record);
        }
    }
}
