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

        // The rejection answer (429, Retry-After, the styled page) and the site-wide limits are set in
        // RateLimitingSetup; these two policies add a participation-specific budget per client on top.
        var enabled = configuration.GetValue("RateLimits:Enabled", true);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SubmitPolicy, http => PerClient(http, enabled, s => (s.SubmitPermitLimit, s.SubmitWindowSeconds)));
            o.AddPolicy(LookupPolicy, http => PerClient(http, enabled, s => (s.LookupPermitLimit, s.LookupWindowSeconds)));
        });
        return services;
    }

    /// <summary>
    /// A fixed window per client IP (the forwarded-headers middleware sets it behind a proxy; the limit is per
    /// instance). RateLimits:Enabled switches these off with the site-wide limits.
    /// </summary>
    static RateLimitPartition<string> PerClient(HttpContext http, bool enabled, Func<ParticipationOptions.RateLimitSettings, (int Permits, int Seconds)> pick)
    {
        if (!enabled) return RateLimitPartition.GetNoLimiter("off");
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
