using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>
/// Hands out the next 索引号 for a year. Run it inside the publishing transaction: the counter row
/// stays locked until commit, and a rolled-back publication leaves a gap, never a reused number.
/// </summary>
public sealed class IndexNumberAllocator(PortalDbContext db)
{
    public async Task<string> NextAsync(DateTimeOffset publishedAt, CancellationToken ct = default)
    {
        var year = Cst.ToCst(publishedAt).Year;
        var code = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Code).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("No organisation is configured; its code prefixes index numbers.");
        var next = await db.Database.SqlQuery<long>($"""
            INSERT INTO index_counters (year, last_value) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = index_counters.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(ct);
        return IndexNumber.Format(code, year, next[0]);
    }

    /// <summary>Publishes <paramref name="edition"/>, allocating an index number if its document has none yet.</summary>
    public async Task PublishAsync(Edition edition, Actor actor, DateTimeOffset now, CancellationToken ct = default)
    {
        var index = edition.Publication.IndexNumber is null ? await NextAsync(now, ct) : null;
        edition.Publish(actor, now, index);
    }
}
