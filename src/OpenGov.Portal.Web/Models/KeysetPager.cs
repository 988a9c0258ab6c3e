using OpenGov.Portal.Data.Listing;

namespace OpenGov.Portal.Models;

/// <summary>First / previous / next / last links of a keyset-paged list, and its (cached) total.</summary>
public sealed record KeysetPager(string? FirstUrl, string? PreviousUrl, string? NextUrl, string? LastUrl, int? Total)
{
    public bool IsNeeded => PreviousUrl is not null || NextUrl is not null;

    /// <param name="url">Makes the list's URL with the given extra query values.</param>
    public static KeysetPager For<T>(ListPage<T> page, Func<(string Key, string? Value)[], string> url, int? total) => new(
        page.HasPrevious ? url([]) : null,
        page.HasPrevious && page.FirstKey is not null ? url([("before", page.FirstKey.Encode())]) : null,
        page.HasNext && page.LastKey is not null ? url([("after", page.LastKey.Encode())]) : null,
        page.HasNext ? url([("last", "1")]) : null,
        total);
}
