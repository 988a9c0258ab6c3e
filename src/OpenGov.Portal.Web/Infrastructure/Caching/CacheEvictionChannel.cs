using Npgsql;

namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// Tells the other portal instances on the same database which public-page tags changed, through the
/// PostgreSQL channel <see cref="Channel"/> (LISTEN/NOTIFY: no coordinator beyond the database). Each
/// instance's <see cref="CacheEvictionListener"/> then evicts the tags from its own store and bumps its
/// <see cref="PublicContentVersion"/>. Messages are "instance-id|tag,tag,…"; an instance ignores its own.
/// </summary>
public sealed class CacheEvictionChannel(NpgsqlDataSource dataSource, ILogger<CacheEvictionChannel> log)
{
    public const string Channel = "og_cache_evict";

    /// <summary>PostgreSQL limits a NOTIFY payload to 8000 bytes; a longer tag list becomes "every public page".</summary>
    const int MaxPayload = 7900;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task NotifyAsync(IReadOnlyCollection<string> tags)
    {
        var list = string.Join(',', tags);
        if (list.Length > MaxPayload) list = CacheTags.Public;
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
            cmd.Parameters.AddWithValue("channel", Channel);
            cmd.Parameters.AddWithValue("payload", InstanceId + "|" + list);
            await cmd.ExecuteNonQueryAsync();
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            log.LogWarning("Could not tell other instances to evict {Tags}: {Reason}", list, ex.Message);
        }
    }

    /// <summary>The tags of a message from another instance; null for this instance's own messages or garbage.</summary>
    public string[]? Parse(string payload)
    {
        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || payload.AsSpan(0, bar).SequenceEqual(InstanceId)) return null;
        return payload[(bar + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
