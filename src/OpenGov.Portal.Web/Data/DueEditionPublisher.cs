using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>
/// Publishes every Scheduled edition whose time has come, each in its own transaction. The row is
/// claimed with <c>FOR UPDATE SKIP LOCKED</c> and re-checked after locking, so several portal
/// instances on one database publish each edition exactly once: a row another runner holds is
/// skipped, and a row it has published no longer matches.
/// </summary>
public sealed class DueEditionPublisher(PortalDbContext db, IndexNumberAllocator allocator, TimeProvider clock, ILogger<DueEditionPublisher> log)
{
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var published = 0;
        var failed = new List<int>();
        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var skip = failed.ToArray();
            var claimed = await db.Database.SqlQuery<int>($"""
                SELECT id AS "Value" FROM editions
                WHERE status = 'Scheduled' AND scheduled_for <= {now} AND NOT (id = ANY ({skip}))
                ORDER BY scheduled_for, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            if (claimed.Count == 0) return published;

            var id = claimed[0];
            try
            {
                var edition = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).SingleAsync(e => e.Id == id, ct);
                await allocator.PublishAsync(edition, Actor.System, now, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                published++;
                log.LogInformation("Scheduled edition {Id} published", id);
            }
            catch (Exception ex) when (ex is WorkflowException or DbUpdateException)
            {
                // Left Scheduled for a person to look at; skipped for the rest of this run.
                await tx.RollbackAsync(ct);
                failed.Add(id);
                log.LogError(ex, "Scheduled edition {Id} could not be published", id);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return published;
    }
}
