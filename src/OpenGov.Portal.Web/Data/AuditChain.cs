using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>
/// Appends audit records to the hash chain. Must run inside a transaction. Rows are inserted with SQL,
/// not through the change tracker, so a replayed save (tracked changes kept un-accepted) writes them once.
/// </summary>
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
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_records (sequence, occurred_at, actor_id, actor_name, client_ip, action, entity_type, entity_id,
                    from_state, to_state, reason, previous_hash, hash)
                VALUES ({record.Sequence}, {record.OccurredAt}, {record.ActorId}, {record.ActorName}, {Text(record.ClientIp)}, {record.Action},
                    {Text(record.EntityType)}, {Text(record.EntityId)}, {Text(record.FromState)}, {Text(record.ToState)}, {Text(record.Reason)},
                    {record.PreviousHash}, {record.Hash})
                """, ct);
        }
    }

    /// <summary>Whether <paramref name="record"/> (as hashed by the last attempt) was committed: tells a lost commit acknowledgement from a rollback.</summary>
    public static Task<bool> IsStoredAsync(PortalDbContext db, AuditRecord record, CancellationToken ct) =>
        record.Hash.Length == 0 ? Task.FromResult(false) : db.AuditRecords.AnyAsync(a => a.Sequence == record.Sequence && a.Hash == record.Hash, ct);

    static Npgsql.NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };
}
