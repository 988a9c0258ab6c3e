using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenGov.Portal.Infrastructure.Caching;

namespace OpenGov.Portal.Data.Listing;

/// <summary>
/// Totals and filter choices of the lists, counted once per content change instead of on every request
/// (an exact COUNT over a large archive costs more than the page itself). Keys carry
/// <see cref="PublicContentVersion"/>, so a publication shows at once here; other instances catch up within a minute.
/// </summary>
public sealed class ListCounts(IMemoryCache cache, PublicContentVersion version)
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<int> CountAsync(PortalDbContext db, CatalogueFilter filter, CancellationToken ct) =>
        await cache.GetOrCreateAsync($"og.count:{version.Generation}:{filter}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return CatalogueQuery.Filtered(db, filter).CountAsync(ct);
        });

    public async Task<IReadOnlyList<string>> TopicsAsync(PortalDbContext db, CancellationToken ct) =>
        (await cache.GetOrCreateAsync($"og.topics:{version.Generation}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return (IReadOnlyList<string>)await CatalogueQuery.TopicsAsync(db, ct);
        }))!;

    public async Task<IReadOnlyList<int>> YearsAsync(PortalDbContext db, CancellationToken ct) =>
        (await cache.GetOrCreateAsync($"og.years:{version.Generation}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return (IReadOnlyList<int>)await CatalogueQuery.YearsAsync(db, ct);
        }))!;
}
