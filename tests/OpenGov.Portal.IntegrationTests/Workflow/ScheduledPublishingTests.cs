using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>A portal whose background publisher is off, so the tests drive the publishing runs themselves.</summary>
public sealed class QuietPortalFactory : PortalFactory
{
    public QuietPortalFactory() => With("Publishing:Scheduler:Enabled", "false");
}

public sealed class ScheduledPublishingTests(QuietPortalFactory factory) : IClassFixture<QuietPortalFactory>
{
    async Task<int> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueEditionPublisher>().PublishDueAsync();
    }

    [Fact]
    public async Task Runners_racing_over_the_same_due_items_publish_each_exactly_once()
    {
        var start = factory.Clock.GetUtcNow();
        var publications = new List<int>();
        for (var i = 0; i < 8; i++) publications.Add(await factory.PublishAsync($"定时竞争测试{i}", upTo: EditionStatus.Scheduled, at: start));
        var editions = await factory.QueryAsync(db => db.Editions.Where(e => publications.Contains(e.PublicationId)).Select(e => e.Id).ToListAsync());

        Assert.Equal(0, await RunAsync()); // not due yet
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var counts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RunAsync)));

        Assert.Equal(editions.Count, counts.Sum());
        var audits = await factory.QueryAsync(db => db.AuditRecords.Where(a => a.Action == "edition.publish" && editions.Select(e => e.ToString()).Contains(a.EntityId!))
            .GroupBy(a => a.EntityId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(editions.Count, audits.Count);
        Assert.All(audits, n => Assert.Equal(1, n));
        var indexNumbers = await factory.QueryAsync(db => db.Publications.Where(p => publications.Contains(p.Id)).Select(p => p.IndexNumber).ToListAsync());
        Assert.Equal(editions.Count, indexNumbers.Distinct().Count(n => n != null));
        Assert.Equal(0, await RunAsync());
    }

    [Fact]
    public async Task A_leader_schedules_in_China_Standard_Time_and_it_is_stored_in_UTC()
    {
        var pubId = await factory.PublishAsync("定时时区测试", upTo: EditionStatus.Reviewed);
        var id = await factory.QueryAsync(db => db.Editions.Where(e => e.PublicationId == pubId).Select(e => e.Id).SingleAsync());
        var cstTomorrow = Cst.ToCst(factory.Clock.GetUtcNow()).Date.AddDays(1).AddHours(9);
        var typed = cstTomorrow.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        var response = await factory.CreateClientAs("leader").SignOffAsync(id, "Schedule", scheduleAt: typed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Scheduled, edition.Status);
        Assert.Equal(new DateTimeOffset(cstTomorrow, TimeSpan.FromHours(8)).ToUniversalTime(), edition.ScheduledFor);
        Assert.Equal(TimeSpan.Zero, edition.ScheduledFor!.Value.Offset);
        Assert.Contains(typed.Replace('T', ' '), await factory.CreateClientAs("leader").GetStringAsync("/admin/signoff"));
    }

    [Fact]
    public async Task Items_that_fell_due_while_the_portal_was_down_are_published_when_it_starts_again()
    {
        var pubId = await factory.PublishAsync("重启后定时发布测试", upTo: EditionStatus.Scheduled, at: factory.Clock.GetUtcNow());

        await using var restarted = new PortalFactory(factory.DatabaseName, migrateAndSeed: false);
        restarted.Clock.SetUtcNow(factory.Clock.GetUtcNow().AddHours(3));
        using var client = restarted.CreateAnonymousClient(); // starts the host and its publisher

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && (await client.GetAsync($"/items/{pubId}")).StatusCode != HttpStatusCode.OK)
            await Task.Delay(200);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/items/{pubId}")).StatusCode);
    }
}
