using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;

namespace OpenGov.Portal.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations (when Database:MigrateOnStartup) and loads demo data (when Portal:DemoData).
    /// A database that cannot be reached is reported in one line, not a stack trace.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenGov.Portal.Startup");
        var config = app.Configuration;
        var target = Describe(config.GetConnectionString(DataSetup.ConnectionName));
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (config.GetValue("Database:MigrateOnStartup", false))
                await db.Database.MigrateAsync();
            else
            {
                await db.Database.OpenConnectionAsync();
                await db.Database.CloseConnectionAsync();
            }

            await ReferenceData.EnsureRolesAsync(scope.ServiceProvider);
            if (config.GetValue("Portal:DemoData", false))
                await DemoData.LoadAsync(scope.ServiceProvider);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException
                                       || ex.InnerException is NpgsqlException)
        {
            log.LogCritical("Cannot use the database {Target}: {Reason}. Check that PostgreSQL is running and set ConnectionStrings__Portal (Host=…;Port=…;Database=…;Username=…;Password=…).",
                target, (ex.InnerException ?? ex).Message);
            return false;
        }
    }

    /// <summary>The connection target without the password, for log lines.</summary>
    public static string Describe(string? connectionString)
    {
        try
        {
            var csb = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{csb.Username}@{csb.Host}:{csb.Port}/{csb.Database}";
        }
        catch (ArgumentException)
        {
            return "(unparseable connection string)";
        }
    }
}
