using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// Output-cache tags of public pages. Every cached page has <see cref="Public"/>; pages that list items
/// from several columns (home, catalogue, search, feeds, sitemap, API lists) have <see cref="Lists"/>; a
/// column's list has <see cref="Column"/>; an item's page has <see cref="Item"/>.
/// </summary>
public static class CacheTags
{
    public const string PolicyName = "public";
    public const string Public = "public";
    public const string Lists = "lists";

    public static string Column(int id) => "column:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Item(int id) => "item:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds tags to the response being cached, if it is (no-op when output caching is off).</summary>
    public static void TagOutput(this HttpContext http, params string[] tags)
    {
        var context = http.Features.Get<IOutputCacheFeature>()?.Context;
        if (context is null) return;
        foreach (var tag in tags) context.Tags.Add(tag);
    }
}
