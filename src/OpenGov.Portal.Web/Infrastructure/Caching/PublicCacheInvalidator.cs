using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// Evicts cached public pages when what they show changes, for every SaveChanges in the application:
/// no controller or job has to remember. A changed <see cref="Publication"/> (published, edited, withdrawn,
/// classified, moved) evicts the lists, its column(s), its own page and the page of the item it interprets;
/// a changed column, department or organisation evicts every public page. Eviction happens after the
/// transaction commits, and once more a second later for a page rendered from pre-commit data meanwhile.
/// Other instances on the same database hear of it through <see cref="CacheEvictionChannel"/> (when registered).
/// </summary>
public sealed class PublicCacheInvalidator(IOutputCacheStore store, PublicContentVersion version, ILogger<PublicCacheInvalidator> log,
    CacheEvictionChannel? channel = null)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(1);
    readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) await FlushAsync(eventData.Context);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Discard(eventData.Context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Discard(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    void Collect(DbContext? context)
    {
        if (context is null) return;
        var tags = pending.GetOrCreateValue(context);
        lock (tags)
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
                switch (entry.Entity)
                {
                    case Publication p:
                        tags.Add(CacheTags.Lists);
                        tags.Add(CacheTags.Column(p.ColumnId));
                        if (p.Id > 0) tags.Add(CacheTags.Item(p.Id));
                        if (p.InterpretsId is { } interprets) tags.Add(CacheTags.Item(interprets));
                        if (entry.State == EntityState.Modified)
                        {
                            tags.Add(CacheTags.Column(entry.Property(nameof(Publication.ColumnId)).OriginalValue is int c ? c : p.ColumnId));
                            if (entry.Property(nameof(Publication.InterpretsId)).OriginalValue is int i) tags.Add(CacheTags.Item(i));
                        }
                        break;
                    case Column or Department or Organisation:
                        tags.Add(CacheTags.Public);
                        break;
                }
            }
        }
    }

    void Discard(DbContext? context)
    {
        if (context is not null) pending.Remove(context);
    }

    void Flush(DbContext? context) => _ = FlushAsync(context);

    Task FlushAsync(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var tags)) return Task.CompletedTask;
        pending.Remove(context);
        string[] list;
        lock (tags) list = [.. tags];
        if (list.Length == 0) return Task.CompletedTask;
        version.Bump();
        _ = EvictAsync(list, SecondPass);
        return Task.WhenAll(EvictAsync(list, TimeSpan.Zero), channel?.NotifyAsync(list) ?? Task.CompletedTask);
    }

    async Task EvictAsync(string[] tags, TimeSpan delay)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
                version.Bump();
            }
            foreach (var tag in tags) await store.EvictByTagAsync(tag, CancellationToken.None);
        }
        catch (ObjectDisposedException)
        {
            // The application is shutting down; its cache goes with it.
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not evict cached pages tagged {Tags}", string.Join(",", tags));
        }
    }
}
