using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Resilience;

namespace OpenGov.Portal.Infrastructure;

public static class DataSetup
{
    public const string ConnectionName = "Portal";

    /// <summary>Optional read replica for public pages and search (see <see cref="PublicReadAttribute"/>).</summary>
    public const string ReadOnlyConnectionName = "PortalReadOnly";

    /// <summary>Statements Npgsql keeps prepared per connection (its "Max Auto Prepare") unless the connection string sets it.</summary>
    public const int AutoPreparedStatements = 100;

    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "No database is configured. Set ConnectionStrings:Portal in appsettings or the ConnectionStrings__Portal environment variable.");

        var primary = BuildDataSource(connectionString, "OpenGov.Portal");
        services.AddSingleton(primary);

        var readOnlyConnectionString = configuration.GetConnectionString(ReadOnlyConnectionName);
        var replica = string.IsNullOrWhiteSpace(readOnlyConnectionString)
            ? null
            : BuildDataSource(readOnlyConnectionString, "OpenGov.Portal public reads");
        services.AddSingleton(new PublicReadSource(replica ?? primary, replica is not null));

        // Interceptors registered as IInterceptor singletons (e.g. the public cache invalidator) see every SaveChanges.
        var retry = configuration.GetSection("Database").Get<DatabaseRetryOptions>() ?? new DatabaseRetryOptions();
        services.AddPooledDbContextFactory<PortalDbContext>((sp, o) => Configure(sp, o, primary, retry));
        if (replica is null)
        {
            services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        }
        else
        {
            services.AddSingleton(sp =>
            {
                var options = new DbContextOptionsBuilder<PortalDbContext>();
                Configure(sp, options, replica, retry);
                return new PublicReadPool(new PooledDbContextFactory<PortalDbContext>(options.Options));
            });
            // One context per request, leased from the replica's pool for public reads and from the primary's otherwise.
            services.AddScoped(sp => PublicReadAttribute.Applies(sp.GetRequiredService<IHttpContextAccessor>().HttpContext)
                ? sp.GetRequiredService<PublicReadPool>().Contexts.CreateDbContext()
                : sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        }

        services.AddScoped<IndexNumberAllocator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    static NpgsqlDataSource BuildDataSource(string connectionString, string applicationName)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        csb.ApplicationName ??= applicationName;
        // Prepare the statements the pages run over and over (parsed and planned once per connection instead of per
        // request). Unless the connection string says otherwise, e.g. "Max Auto Prepare=0" behind a transaction-mode pooler.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            csb.MaxAutoPrepare = AutoPreparedStatements;
        return new NpgsqlDataSourceBuilder(csb.ConnectionString).Build();
    }

    // Transient failures are retried by PortalExecutionStrategy; see docs/security.md for what is replayed and what is not.
    static void Configure(IServiceProvider sp, DbContextOptionsBuilder options, NpgsqlDataSource dataSource, DatabaseRetryOptions retry) => options
        .UseNpgsql(dataSource, npgsql => npgsql
            .MigrationsHistoryTable("__ef_migrations_history")
            .ExecutionStrategy(deps => new PortalExecutionStrategy(deps, Math.Max(0, retry.MaxRetryCount),
                TimeSpan.FromMilliseconds(Math.Max(1, retry.MaxRetryDelayMilliseconds)), DatabaseRetryOptions.ExtraTransientCodes)))
        .UseSnakeCaseNamingConvention()
        .AddInterceptors(sp.GetServices<IInterceptor>());

    sealed record PublicReadPool(IDbContextFactory<PortalDbContext> Contexts);
}
