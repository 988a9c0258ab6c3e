using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// Keeps one connection LISTENing on <see cref="CacheEvictionChannel.Channel"/>. When another instance
/// changes public content, this instance bumps its <see cref="PublicContentVersion"/> (derived in-memory
/// caches) and, unless the output cache store is shared (Redis, already evicted by the sender), evicts the
/// tags from its own store — now and once more a second later, like the sender. Reconnects after a failure.
/// </summary>
public sealed class CacheEvictionListener(NpgsqlDataSource dataSource, CacheEvictionChannel channel, IOutputCacheStore store,
    PublicContentVersion version, OutputCacheTopology topology, ILogger<CacheEvictionListener> log) : BackgroundService
{
    static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await dataSource.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, e) => _ = OnMessageAsync(e.Payload, stoppingToken);
                await using (var cmd = new NpgsqlCommand("LISTEN " + CacheEvictionChannel.Channel, conn))
                    await cmd.ExecuteNonQueryAsync(stoppingToken);
                // Whatever changed while this instance was not listening: start from fresh pages.
                await EvictAsync([CacheTags.Public], stoppingToken);
                while (!stoppingToken.IsCancellationRequested) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                log.LogWarning("Cache eviction listener lost its database connection, retrying in {Retry}: {Reason}", Retry, ex.Message);
            }

            try
            {
                await Task.Delay(Retry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task OnMessageAsync(string payload, CancellationToken cancellation)
    {
        var tags = channel.Parse(payload);
        if (tags is null || tags.Length == 0) return;
        try
        {
            await EvictAsync(tags, cancellation);
            await Task.Delay(SecondPass, cancellation);
            await EvictAsync(tags, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not evict cached pages tagged {Tags} for another instance", string.Join(",", tags));
        }
    }

    async Task EvictAsync(string[] tags, CancellationToken cancellation)
    {
        version.Bump();
        if (topology.SharedStore) return;
        foreach (var tag in tags) await store.EvictByTagAsync(tag, cancellation);
    }
}

/// <summary>Where cached pages live: <see cref="SharedStore"/> when every instance uses the same Redis.</summary>
public sealed record OutputCacheTopology(bool SharedStore);
