namespace OpenGov.Portal.Data.Resilience;

/// <summary>Transient-error retries (section "Database"): how often and how long to wait between attempts.</summary>
public sealed class DatabaseRetryOptions
{
    /// <summary>0 turns retries off.</summary>
    public int MaxRetryCount { get; set; } = 4;

    public int MaxRetryDelayMilliseconds { get; set; } = 5000;

    /// <summary>
    /// PostgreSQL errors retried besides Npgsql's transient list: 57P01 (admin_shutdown) is what a
    /// backend says when the server restarts or an operator terminates it; its transaction is gone,
    /// so replaying the whole unit of work is safe.
    /// </summary>
    public static readonly string[] ExtraTransientCodes = ["57P01"];
}
