namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// A number that changes whenever public content changes on this instance; in-memory caches of derived
/// values (list counts, topic lists) put it in their keys so a publication never waits for their expiry.
/// </summary>
public sealed class PublicContentVersion
{
    long generation;

    public long Generation => Interlocked.Read(ref generation);

    public void Bump() => Interlocked.Increment(ref generation);
}
