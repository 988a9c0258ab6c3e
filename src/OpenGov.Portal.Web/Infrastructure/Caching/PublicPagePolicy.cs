using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace OpenGov.Portal.Infrastructure.Caching;

/// <summary>
/// Output caching for public pages: anonymous GET/HEAD requests only, never with a staff cookie or
/// credentials, never the back office; 200 responses that set no cookie are stored. Entries vary by
/// path, every query value, the UI language and the display mode, and are evicted by tag
/// (<see cref="PublicCacheInvalidator"/>) when content changes.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const string StaffCookie = "og.staff";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = IsCacheable(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["mode"] = DisplayMode.Of(http);
        context.Tags.Add(CacheTags.Public);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    static bool IsCacheable(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)) return false;
        if (!StringValues.IsNullOrEmpty(request.Headers.Authorization)) return false;
        if (request.Cookies.ContainsKey(StaffCookie)) return false;
        return http.User.Identity?.IsAuthenticated != true;
    }
}
