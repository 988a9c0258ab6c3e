using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Per-client limits without third-party services: sign-in attempts, search and the API, and every
/// public POST (feedback, surveys, applications). Rejections answer 429 with Retry-After and the
/// styled status page.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("RateLimits:Enabled", true);
        var loginPerMinute = configuration.GetValue("RateLimits:LoginPerMinute", 10);
        var publicPostsPerMinute = configuration.GetValue("RateLimits:PublicPostsPerMinute", 10);
        var searchPerSecond = configuration.GetValue("RateLimits:SearchPerSecond", 10);
        var searchBurst = configuration.GetValue("RateLimits:SearchBurst", 40);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                ctx.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!enabled) return RateLimitPartition.GetNoLimiter("off");
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var path = http.Request.Path;
                var isPost = HttpMethods.IsPost(http.Request.Method);
                if (isPost && path.StartsWithSegments("/admin/account/login"))
                    return RateLimitPartition.GetFixedWindowLimiter("login:" + client, _ => Window(loginPerMinute));
                if (path.StartsWithSegments("/search") || path.StartsWithSegments("/api"))
                    return RateLimitPartition.GetTokenBucketLimiter("search:" + client, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = searchBurst,
                        TokensPerPeriod = searchPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
                if (isPost && !path.StartsWithSegments("/admin"))
                    return RateLimitPartition.GetFixedWindowLimiter("post:" + client, _ => Window(publicPostsPerMinute));
                return RateLimitPartition.GetNoLimiter("none");
            });
        });
        return services;
    }

    static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
