using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace OpenGov.Portal.Data.Resilience;

/// <summary>
/// Npgsql's retrying strategy, with one difference: a statement issued inside a transaction that no
/// strategy owns (opened with <c>BeginTransaction</c> outside <c>ExecuteAsync</c>) runs once and is
/// never retried, because replaying one statement of a half-done transaction is never safe. Work
/// that should survive a dropped connection runs through <see cref="ResilientTransactions"/>, which
/// replays the whole transaction.
/// </summary>
public sealed class PortalExecutionStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay,
    ICollection<string>? errorCodesToAdd) : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd)
{
    bool InForeignTransaction => Current is null && Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    public override TResult Execute<TState, TResult>(TState state, Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InForeignTransaction
            ? operation(Dependencies.CurrentContext.Context, state)
            : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded, CancellationToken cancellationToken = default) =>
        InForeignTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
}
