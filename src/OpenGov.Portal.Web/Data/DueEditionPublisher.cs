using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data.Resilience;
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
            int? claimedId = null;
            try
            {
                // One edition per transaction, replayed whole on a transient failure: the replay claims
                // again, and an edition a lost-acknowledgement commit did publish is no longer Scheduled.
                var id = await db.InTransactionAsync(async token =>
                {
                    var now = clock.GetUtcNow();
                    var skip = failed.ToArray();
                    var claimed = await db.Database.SqlQuery<int>($"""
                        SELECT id AS "Value" FROM editions
                        WHERE status = 'Scheduled' AND scheduled_for <= {now} AND NOT (id = ANY ({skip}))
                        ORDER BY scheduled_for, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """).ToListAsync(token);
                    if (claimed.Count == 0) return (int?)null;
                    claimedId = claimed[0];
                    var edition = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).SingleAsync(e => e.Id == claimed[0], token);
                    await allocator.PublishAsync(edition, Actor.System, now, token);
                    await db.SaveChangesAsync(token);
                    return claimed[0];
                }, ct);
                if (id is null) return published;
                published++;
                log.LogInformation("Scheduled edition {Id} published", id);
            }
            catch (Exception ex) when (ex is WorkflowException or DbUpdateException && claimedId is not null)
            {
                // Rolled back and left Scheduled for a person to look at; skipped for the rest of this run.
                failed.Add(claimedId!.Value);
                log.LogError(ex, "Scheduled edition {Id} could not be published", claimedId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return published;
    }
}
