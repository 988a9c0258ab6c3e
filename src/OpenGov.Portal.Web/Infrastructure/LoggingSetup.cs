using Serilog;

namespace OpenGov.Portal.Infrastructure;

public static class LoggingSetup
{
    public static void AddPortalLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
}
