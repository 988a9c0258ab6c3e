using System.Diagnostics;
using Npgsql;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Admin;

public sealed class BackupRestoreTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_backup_restores_into_an_empty_database_with_every_row_and_the_audit_chain()
    {
        await factory.PublishAsync("备份恢复测试通知");
        var file = Path.Combine(Path.GetTempPath(), $"og-backup-{Guid.NewGuid():N}.dump");
        var target = $"og_restore_{Guid.NewGuid():N}";
        try
        {
            Run("backup.sh", factory.ConnectionString, file);
            Assert.True(new FileInfo(file).Length > 0);

            await TestDatabase.ExecuteAsync(TestDatabase.SuperConnectionString, $"CREATE DATABASE \"{target}\" OWNER portal");
            var targetCs = TestDatabase.ConnectionStringFor(target);
            Run("restore.sh", targetCs, file);

            Assert.Equal(await CountsAsync(factory.ConnectionString), await CountsAsync(targetCs));
            var chain = "SELECT count(*) || ':' || md5(string_agg(hash, '' ORDER BY sequence)) FROM audit_records";
            Assert.Equal(await TestDatabase.ScalarAsync<string>(factory.ConnectionString, chain), await TestDatabase.ScalarAsync<string>(targetCs, chain));

            // The guards come back too: the restored audit log is still append-only.
            await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(targetCs, "DELETE FROM audit_records"));

            // Restoring over a database that has tables is refused.
            var again = Run("restore.sh", targetCs, file, expectSuccess: false);
            Assert.Contains("not empty", again);
        }
        finally
        {
            File.Delete(file);
            await TestDatabase.DropAsync(target);
        }
    }

    static async Task<string> CountsAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new List<string>();
        foreach (var t in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{t}\"", conn);
            counts.Add($"{t}={await count.ExecuteScalarAsync()}");
        }
        return string.Join(";", counts);
    }

    static string Run(string script, string connectionString, string file, bool expectSuccess = true)
    {
        var repo = DockerComposeTests.FindRepo();
        var psi = new ProcessStartInfo("bash", [Path.Combine(repo, "src", "scripts", script), file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repo,
        };
        psi.Environment["ConnectionStrings__Portal"] = connectionString;
        if (Environment.GetEnvironmentVariable("PORTAL_TEST_PG_BIN") is { } bin) psi.Environment["PG_BIN"] = bin;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (expectSuccess) Assert.True(p.ExitCode == 0, $"{script} failed: {output}");
        else Assert.NotEqual(0, p.ExitCode);
        return output;
    }
}
