using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

public static class ReportingSetup
{
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportingOptions>(configuration.GetSection("Reporting"));
        services.AddScoped<AnnualReportGenerator>();
        services.AddScoped<StatisticsQuery>();
        services.AddScoped<AnnualReportRecords>();
        return services;
    }
}
