using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Resilience;

/// <summary>Transient database errors are retried by the execution strategy, replaying whole transactions.</summary>
public sealed class TransientRetryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(4, HttpStatusCode.OK)]
    [InlineData(0, HttpStatusCode.ServiceUnavailable)] // the control: the blip really reaches the app
    public async Task A_public_read_whose_connection_drops_is_retried(int retries, HttpStatusCode expected)
    {
        var pgPort = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Port;
        await using var proxy = new TcpProxy(pgPort);
        proxy.Start();
        var proxied = new NpgsqlConnectionStringBuilder(factory.ConnectionString) { Port = proxy.Port, Timeout = 3, ApplicationName = $"retry{retries}" }.ConnectionString;
        await using var app = new PortalFactory(factory.DatabaseName, migrateAndSeed: false) { ConnectionOverride = proxied }
            .With("Database:MaxRetryCount", retries.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Database:MaxRetryDelayMilliseconds", "100")
            .With("Publishing:Scheduler:Enabled", "false");
        var client = app.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/columns/news")).StatusCode); // the host is up

        // Hold the page's query in flight (a lock it waits for), cut the link under it, then let go.
        await using var blocker = new NpgsqlConnection(factory.ConnectionString);
        await blocker.OpenAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await using (var lockCmd = new NpgsqlCommand("LOCK TABLE editions, publications, site_columns IN ACCESS EXCLUSIVE MODE", blocker, tx))
            await lockCmd.ExecuteNonQueryAsync();
        var request = client.GetAsync("/columns/notices"); // not in the output cache: reads the database
        await WaitForBlockedQueryAsync($"retry{retries}");
        proxy.DropConnections();
        await Task.Delay(100);
        await tx.RollbackAsync();

        var response = await request;
        Assert.Equal(expected, response.StatusCode);
    }

    static async Task WaitForBlockedQueryAsync(string applicationName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var waiting = await TestDatabase.ScalarAsync<long>(TestDatabase.SuperConnectionString,
                $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{applicationName}' AND wait_event_type = 'Lock'");
            if (waiting > 0) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("the page never queried the locked table");
    }

    [Fact]
    public async Task A_sign_off_whose_connection_is_killed_mid_transaction_is_replayed_whole_and_applied_once()
    {
        var publicationId = await factory.PublishAsync("重试签发测试", upTo: EditionStatus.Reviewed);
        var editionId = await factory.QueryAsync(db => db.Editions.Where(e => e.PublicationId == publicationId).Select(e => e.Id).SingleAsync());
        var issuedBefore = await factory.IndexNumbersIssuedAsync();
        await factory.KillConnectionOnAuditAsync("edition.publish", times: 1);
        try
        {
            var response = await factory.CreateClientAs("leader").SignOffAsync(editionId, "PublishNow");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(2, await factory.FaultChecksAsync()); // the first attempt was killed, the replay went through
            var edition = await factory.EditionAsync(editionId);
            Assert.Equal(EditionStatus.Published, edition.Status);
            // The killed attempt's counter increment was rolled back with it: one number, no gap.
            Assert.Equal(issuedBefore + 1, await factory.IndexNumbersIssuedAsync());
            Assert.NotNull(edition.Publication.IndexNumber);
            Assert.Equal(1, await factory.AuditCountAsync("edition.publish", editionId));
            await factory.AssertAuditChainIntactAsync();
        }
        finally
        {
            await factory.RemoveFaultsAsync();
        }
    }

    [Fact]
    public async Task A_plain_save_with_an_audit_record_whose_connection_is_killed_is_replayed_and_audited_once()
    {
        // The auditor's chain check writes an "audit.verify" record through PortalDbContext.SaveChangesAsync's own transaction.
        var before = await factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == "audit.verify"));
        await factory.KillConnectionOnAuditAsync("audit.verify", times: 1);
        try
        {
            var response = await factory.CreateClientAs("auditor").FillAndSubmitAsync("/admin/audit/verify");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{response.StatusCode}");
            Assert.Equal(2, await factory.FaultChecksAsync());
            var after = await factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == "audit.verify"));
            Assert.Equal(before + 1, after);
            await factory.AssertAuditChainIntactAsync();
        }
        finally
        {
            await factory.RemoveFaultsAsync();
        }
    }
}
