using Microsoft.EntityFrameworkCore;

namespace OpenGov.Portal.Data.Resilience;

/// <summary>
/// Units of work that open their own transaction, run inside the execution strategy so that a
/// transient failure (dropped connection, server restart) replays the whole transaction from its
/// first statement, never half of it.
/// </summary>
public static class ResilientTransactions
{
    /// <summary>
    /// Runs <paramref name="unitOfWork"/> in a transaction, replayed from scratch on a transient
    /// failure: the change tracker is cleared before every attempt, so the work must load everything
    /// it changes itself. Safe because workflow verbs re-check the loaded state: a replay after a
    /// commit whose acknowledgement was lost finds the row already moved and refuses, never applies twice.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PortalDbContext db, Func<CancellationToken, Task<T>> unitOfWork, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var result = await unitOfWork(token);
            await tx.CommitAsync(token);
            return result;
        }, ct);
}
