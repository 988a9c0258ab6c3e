using System.Diagnostics;
using System.Net;
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
        await cluster.Writer.PublishAsync(title);

        var watch = Stopwatch.StartNew();
        foreach (var (name, client) in new[] { ("B (Redis)", b), ("A (Redis)", a), ("C (LISTEN/NOTIFY)", c) })
        {
            while (!(await client.GetStringAsync("/")).Contains(title, StringComparison.Ordinal))
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"instance {name} still showed the old home page after {watch.Elapsed}");
                await Task.Delay(50);
            }
        }
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
}
