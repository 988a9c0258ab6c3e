using Npgsql;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Databases on the throwaway cluster that the README test command starts. A template is migrated and
/// loaded with demo data once per test process; every factory gets a fresh copy of it.
/// </summary>
public static class TestDatabase
{
    static readonly SemaphoreSlim Gate = new(1, 1);
    static string? template;

    public static string AdminConnectionString => Environment.GetEnvironmentVariable("PORTAL_TEST_PG")
        ?? throw new InvalidOperationException("PORTAL_TEST_PG is not set: run the tests with `bash src/scripts/test.sh`, which starts PostgreSQL.");

    public static string SuperConnectionString => Environment.GetEnvironmentVariable("PORTAL_TEST_PG_SUPER")
        ?? throw new InvalidOperationException("PORTAL_TEST_PG_SUPER is not set: run the tests with `bash src/scripts/test.sh`.");

    public static string ConnectionStringFor(string database, string? baseConnection = null) =>
        new NpgsqlConnectionStringBuilder(baseConnection ?? AdminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates a new database copied from the migrated, demo-loaded template.</summary>
    public static async Task<string> CreateAsync(string prefix)
    {
        var tpl = await TemplateAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(SuperConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{tpl}\" OWNER portal");
        return name;
    }

    public static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(SuperConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    static async Task<string> TemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (template is not null) return template;
            var name = $"og_tpl_{Guid.NewGuid():N}";
            await ExecuteAsync(AdminConnectionString, $"CREATE DATABASE \"{name}\"");
            await using (var factory = new PortalFactory(name, migrateAndSeed: true))
            {
                // Starting the host applies the migrations and loads the demo data.
                using var client = factory.CreateClient();
                (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();
            }
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(SuperConnectionString,
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
            template = name;
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var result = await cmd.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
