using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Infrastructure.Caching;

namespace OpenGov.Portal.Infrastructure;

/// <summary>The public site's services: search, list counts, output caching with central eviction.</summary>
public static class PublicSiteSetup
{
    /// <summary>ConnectionStrings:Redis — a StackExchange.Redis configuration string (e.g. "redis:6379").</summary>
    public const string RedisConnectionName = "Redis";

    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(o =>
        {
            o.AddPolicy(CacheTags.PolicyName, new PublicPagePolicy());
            o.SizeLimit = configuration.GetValue("Portal:OutputCache:SizeLimitMegabytes", 256L) * 1024 * 1024;
        });
        // Several instances: with ConnectionStrings:Redis every instance reads and evicts one shared store;
        // without it each keeps its own in memory and eviction travels over PostgreSQL LISTEN/NOTIFY.
        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = configuration.GetValue("Portal:OutputCache:RedisPrefix", "opengov:");
            });
        }
        services.AddSingleton(new OutputCacheTopology(SharedStore: !string.IsNullOrWhiteSpace(redis)));
        services.AddSingleton<PublicContentVersion>();
        if (configuration.GetValue("Portal:OutputCache:Notify", true))
        {
            services.AddSingleton<CacheEvictionChannel>();
            services.AddHostedService<CacheEvictionListener>();
        }
        services.AddSingleton<IInterceptor, PublicCacheInvalidator>();
        services.AddSingleton<SiteSearch>();
        services.AddSingleton<ListCounts>();
        return services;
    }

    /// <summary>After routing and authorization: remembers a ?lang= choice in the culture cookie, then serves cached pages.</summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var lang = http.Request.Query["lang"].ToString();
            var culture = WebSetup.Cultures.FirstOrDefault(c => string.Equals(c.Name, lang, StringComparison.OrdinalIgnoreCase));
            if (culture is not null)
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
            }
            await next(http);
        });
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", true)) app.UseOutputCache();
        return app;
    }
}
