using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;
using OpenGov.Portal.IntegrationTests.Workflow;

namespace OpenGov.Portal.IntegrationTests.Resilience;

/// <summary>The scheduled publisher crashes mid-batch; a fresh host on the same database finishes the rest, publishing each item once.</summary>
public sealed class ScheduledPublisherCrashTests(QuietPortalFactory factory) : IClassFixture<QuietPortalFactory>
{
    [Fact]
    public async Task A_publisher_killed_mid_batch_is_resumed_by_a_new_host_and_every_item_is_published_exactly_once()
    {
        var start = factory.Clock.GetUtcNow();
        var publications = new List<int>();
        for (var i = 0; i < 5; i++) publications.Add(await factory.PublishAsync($"定时崩溃测试{i}", upTo: EditionStatus.Scheduled, at: start));
        var editions = await factory.QueryAsync(db => db.Editions.Where(e => publications.Contains(e.PublicationId)).OrderBy(e => e.ScheduledFor).ThenBy(e => e.Id)
            .Select(e => e.Id).ToListAsync());
        var issuedBefore = await factory.IndexNumbersIssuedAsync();
        factory.Clock.Advance(TimeSpan.FromHours(2));

        // The third publication of the run hangs inside its transaction; then the "process" dies.
        await factory.StallNthScheduledPublishAsync(3);
        using var cts = new CancellationTokenSource();
        var run = Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DueEditionPublisher>().PublishDueAsync(cts.Token);
        });
        var pid = await WaitForStalledBackendAsync();
        await cts.CancelAsync();
        await TestDatabase.ExecuteAsync(TestDatabase.SuperConnectionString, $"SELECT pg_terminate_backend({pid})");
        try { await run; }
        catch (Exception) { /* the run dies with its connection, as the process would */ }
        await factory.RemoveFaultsAsync();

        // Two went out; the one in flight left no trace (no index number, no audit record); the rest wait.
        var states = await StatusesAsync(editions);
        Assert.Equal([EditionStatus.Published, EditionStatus.Published, EditionStatus.Scheduled, EditionStatus.Scheduled, EditionStatus.Scheduled], states);
        Assert.Equal(issuedBefore + 2, await factory.IndexNumbersIssuedAsync());
        Assert.Equal(0, await factory.AuditCountAsync("edition.publish", editions[2]));
        Assert.Null((await factory.EditionAsync(editions[2])).Publication.IndexNumber);

        // A new host on the same database picks up where the dead one stopped.
        await using (var restarted = new PortalFactory(factory.DatabaseName, migrateAndSeed: false))
        {
            restarted.Clock.SetUtcNow(factory.Clock.GetUtcNow());
            using var client = restarted.CreateAnonymousClient(); // starts the host and its publisher
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && (await StatusesAsync(editions)).Any(s => s != EditionStatus.Published))
                await Task.Delay(200);
            Assert.All(await StatusesAsync(editions), s => Assert.Equal(EditionStatus.Published, s));
            foreach (var id in publications)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/items/{id}")).StatusCode);
        }

        foreach (var id in editions) Assert.Equal(1, await factory.AuditCountAsync("edition.publish", id));
        var numbers = await factory.QueryAsync(db => db.Publications.Where(p => publications.Contains(p.Id)).Select(p => p.IndexNumber).ToListAsync());
        Assert.Equal(5, numbers.Where(n => n != null).Distinct().Count());
        Assert.Equal(issuedBefore + 5, await factory.IndexNumbersIssuedAsync());
        await factory.AssertAuditChainIntactAsync();

        // Another run finds nothing left to do.
        await using var again = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await again.ServiceProvider.GetRequiredService<DueEditionPublisher>().PublishDueAsync());
    }

    Task<List<EditionStatus>> StatusesAsync(List<int> editions) => factory.QueryAsync(async db =>
    {
        var rows = await db.Editions.AsNoTracking().Where(e => editions.Contains(e.Id)).Select(e => new { e.Id, e.Status }).ToListAsync();
        return editions.Select(id => rows.Single(r => r.Id == id).Status).ToList();
    });

    async Task<int> WaitForStalledBackendAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var pid = await TestDatabase.ScalarAsync<int>(TestDatabase.SuperConnectionString,
                $"SELECT pid FROM pg_stat_activity WHERE datname = '{factory.DatabaseName}' AND wait_event = 'PgSleep' LIMIT 1");
            if (pid != 0) return pid;
            await Task.Delay(100);
        }
        throw new TimeoutException("the publisher never reached the stalled edition");
    }
}
