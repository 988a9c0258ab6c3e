using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

public static class DataSetup
{
    public const string ConnectionName = "Portal";

    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "No database is configured. Set ConnectionStrings:Portal in appsettings or the ConnectionStrings__Portal environment variable.");

        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        if (csb.ApplicationName is null) csb.ApplicationName = "OpenGov.Portal";
        var dataSource = new NpgsqlDataSourceBuilder(csb.ConnectionString).Build();
        services.AddSingleton(dataSource);
        // Interceptors registered as IInterceptor singletons (e.g. the public cache invalidator) see every SaveChanges.
        services.AddDbContextPool<PortalDbContext>((sp, o) => o
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<IndexNumberAllocator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
