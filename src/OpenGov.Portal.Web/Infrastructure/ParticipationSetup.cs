using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

public static class ParticipationSetup
{
    /// <summary>Rate-limit policy of every public participation POST that stores something.</summary>
    public const string SubmitPolicy = "participation-submit";

    /// <summary>Rate-limit policy of tracking-code look-ups.</summary>
    public const string LookupPolicy = "participation-lookup";

    public static IServiceCollection AddParticipation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ParticipationOptions>(configuration.GetSection(ParticipationOptions.Section));
        services.AddScoped<ParticipationDeskProvider>();
        services.AddScoped<DisclosureCountsQuery>();
        services.AddScoped<ReleasedDocumentLinks>();
        services.AddScoped<Areas.Admin.Models.Participation.ApplicationDetailPages>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : http.RequestServices.GetRequiredService<IOptions<ParticipationOptions>>().Value.RateLimit.SubmitWindowSeconds;
                http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OpenGov.Portal.RateLimit")
                    .LogWarning("Rate limit hit on {Path} from {Ip}", http.Request.Path.Value, http.Connection.RemoteIpAddress);
                // No body: the status-code page (/error/429) renders the styled Chinese message.
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SubmitPolicy, http => PerClient(http, s => (s.SubmitPermitLimit, s.SubmitWindowSeconds)));
            o.AddPolicy(LookupPolicy, http => PerClient(http, s => (s.LookupPermitLimit, s.LookupWindowSeconds)));
        });
        return services;
    }

    /// <summary>
    /// A fixed window per client IP. Behind a load balancer the forwarded-headers middleware must set the
    /// connection's remote address first (and the limit is then per instance; see docs/participation.md).
    /// </summary>
    static RateLimitPartition<string> PerClient(HttpContext http, Func<ParticipationOptions.RateLimitSettings, (int Permits, int Seconds)> pick)
    {
        var (permits, seconds) = pick(http.RequestServices.GetRequiredService<IOptions<ParticipationOptions>>().Value.RateLimit);
        var key = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromSeconds(Math.Max(1, seconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
