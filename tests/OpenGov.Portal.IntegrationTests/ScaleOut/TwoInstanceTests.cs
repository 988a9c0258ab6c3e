using System.Diagnostics;
using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.ScaleOut;

/// <summary>
/// The scale-out proof on one machine: separate portal processes on one PostgreSQL database share
/// published content, cache eviction and sign-in cookies.
/// </summary>
public sealed class TwoInstanceTests(PortalCluster cluster) : IClassFixture<PortalCluster>
{
    [Fact]
    public async Task Publishing_reaches_every_instances_cached_home_page_within_a_second()
    {
        using var a = PortalCluster.Client(cluster.A);
        using var b = PortalCluster.Client(cluster.B);
        using var c = PortalCluster.Client(cluster.C);
        // Home pages rendered and cached before the publication: Redis for A and B, C's own memory.
        foreach (var client in new[] { a, b, c })
        {
            (await client.GetAsync("/")).EnsureSuccessStatusCode();
            (await client.GetAsync("/")).EnsureSuccessStatusCode();
        }

        var title = "多实例发布验证" + Guid.NewGuid().ToString("N")[..6];
        Assert.DoesNotContain(title, await b.GetStringAsync("/"));
        // Dated after anything the other tests publish, so it is the newest item on the home page whatever ran before.
        await cluster.Writer.PublishAsync(title, at: DateTimeOffset.UtcNow.AddDays(1));

        // A request sent at time t that shows the item proves it was visible by t (the machine may be slow to answer).
        var watch = Stopwatch.StartNew();
        var seen = await Task.WhenAll(new[] { ("B (Redis)", b), ("A (Redis)", a), ("C (LISTEN/NOTIFY)", c) }.Select(async instance =>
        {
            while (true)
            {
                var sent = watch.Elapsed;
                if ((await instance.Item2.GetStringAsync("/")).Contains(title, StringComparison.Ordinal)) return (instance.Item1, sent);
                Assert.True(sent < TimeSpan.FromSeconds(10), $"instance {instance.Item1} still showed the old home page after {sent}");
                await Task.Delay(50);
            }
        }));
        foreach (var (name, sent) in seen)
            Assert.True(sent < TimeSpan.FromSeconds(1), $"instance {name} showed the publication only {sent} after it was committed");
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_the_other()
    {
        using var a = PortalCluster.Client(cluster.A, cookies: true);
        var login = await a.SubmitAsync("/admin/account/login",
            [new("UserName", "leader"), new("Password", Portal.Data.Seed.DemoUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var handlerCookies = login.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        var staff = handlerCookies.Select(h => h.Split(';')[0]).Single(h => h.StartsWith("og.staff=", StringComparison.Ordinal));

        using var b = PortalCluster.Client(cluster.B);
        var anonymous = await b.GetAsync("/admin");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", staff);
        var signedIn = await b.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var page = await signedIn.Content.ReadAsStringAsync();
        Assert.Contains("退出", page);
    }

    // Un-skip once the back-office workflow (ScheduledPublisher claiming due editions FOR UPDATE SKIP LOCKED) is in main.
    [Fact]
    public async Task Scheduled_items_falling_due_together_are_published_exactly_once_between_the_instances()
    {
        var now = DateTimeOffset.UtcNow;
        var ids = new List<int>();
        for (var i = 0; i < 100; i++)
            ids.Add(await cluster.Writer.PublishAsync($"定时发布{i:000}-{Guid.NewGuid():N}"[..20], upTo: EditionStatus.Scheduled, at: now));
        var list = string.Join(',', ids);
        // All 100 fall due at once; both instances' schedulers (every second) compete for them.
        await TestDatabase.ExecuteAsync(cluster.ConnectionString,
            $"UPDATE editions SET scheduled_for = now() - interval '1 second' WHERE publication_id IN ({list}) AND status = 'Scheduled'");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await TestDatabase.ScalarAsync<long>(cluster.ConnectionString,
                   $"SELECT count(*) FROM editions WHERE publication_id IN ({list}) AND status = 'Scheduled'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "scheduled editions were still waiting after 60 s");
            await Task.Delay(200);
        }

        var editions = $"SELECT id::text FROM editions WHERE publication_id IN ({list})";
        Assert.Equal(100, await TestDatabase.ScalarAsync<long>(cluster.ConnectionString,
            $"SELECT count(*) FROM editions WHERE publication_id IN ({list}) AND status = 'Published'"));
        Assert.Equal(100, await TestDatabase.ScalarAsync<long>(cluster.ConnectionString,
            $"SELECT count(*) FROM audit_records WHERE action = 'edition.publish' AND entity_id IN ({editions})"));
        Assert.Equal(100, await TestDatabase.ScalarAsync<long>(cluster.ConnectionString,
            $"SELECT count(DISTINCT entity_id) FROM audit_records WHERE action = 'edition.publish' AND entity_id IN ({editions})"));
        Assert.Equal(100, await TestDatabase.ScalarAsync<long>(cluster.ConnectionString,
            $"SELECT count(DISTINCT index_number) FROM publications WHERE id IN ({list}) AND index_number IS NOT NULL"));
    }
}
