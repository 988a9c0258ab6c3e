using System.Net;
using Npgsql;
using OpenGov.Portal.IntegrationTests.Infrastructure;
using OpenGov.Portal.IntegrationTests.Participation;

namespace OpenGov.Portal.IntegrationTests.ScaleOut;

/// <summary>
/// <c>ConnectionStrings:PortalReadOnly</c> points at a second database standing in for a read replica whose
/// content differs from the primary's: what each page shows tells which database it read.
/// </summary>
public sealed class ReadReplicaTests(ReadReplicaTests.Portal factory) : IClassFixture<ReadReplicaTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        public string ReplicaDatabase { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            ReplicaDatabase = await TestDatabase.CreateAsync("og_ro");
            await TestDatabase.ExecuteAsync(TestDatabase.ConnectionStringFor(ReplicaDatabase),
                "UPDATE site_columns SET name = '副本中的新闻栏目' WHERE slug = 'news'");
            With("ConnectionStrings:PortalReadOnly", TestDatabase.ConnectionStringFor(ReplicaDatabase));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (ReplicaDatabase.Length == 0) return;
            await TestDatabase.DropAsync(ReplicaDatabase);
            ReplicaDatabase = "";
        }
    }

    [Fact]
    public async Task Public_pages_and_search_read_the_replica_while_staff_pages_read_the_primary()
    {
        var id = await factory.PublishAsync("只在主库中发布的通知麒麟", "news");
        var citizen = factory.CreateAnonymousClient();

        Assert.Contains("副本中的新闻栏目", await citizen.GetStringAsync("/"));
        Assert.Contains("副本中的新闻栏目", await citizen.GetStringAsync("/columns/news"));
        Assert.DoesNotContain("只在主库中发布的通知麒麟", await citizen.GetStringAsync("/columns/news"));
        Assert.DoesNotContain("只在主库中发布的通知麒麟", await citizen.GetStringAsync("/search?q=" + Uri.EscapeDataString("麒麟")));
        Assert.DoesNotContain("只在主库中发布的通知麒麟", await citizen.GetStringAsync("/api/v1/items?column=news&limit=100"));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/items/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/health/ready")).StatusCode);

        var staff = await factory.CreateClientAs("author").GetStringAsync("/admin/editions");
        Assert.Contains("只在主库中发布的通知麒麟", staff);
        Assert.DoesNotContain("副本中的新闻栏目", staff);
    }

    [Fact]
    public async Task What_a_citizen_writes_goes_to_the_primary_and_is_read_back_from_it()
    {
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.SubmitLetterAsync(Steps.Letter("读写分离测试留言"));

        var response = await factory.CreateAnonymousClient().SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("读写分离测试留言", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await TestDatabase.ScalarAsync<long>(factory.ConnectionString,
            "SELECT count(*) FROM feedback_letters WHERE subject = '读写分离测试留言'"));
        Assert.Equal(0L, await TestDatabase.ScalarAsync<long>(TestDatabase.ConnectionStringFor(factory.ReplicaDatabase),
            "SELECT count(*) FROM feedback_letters WHERE subject = '读写分离测试留言'"));
    }
}

/// <summary>
/// Public reads on a session that PostgreSQL keeps read-only (<c>default_transaction_read_only</c>), as on a hot
/// standby: any public GET that tried to write would fail with a 500 here.
/// </summary>
public sealed class ReadOnlySessionTests(ReadOnlySessionTests.Portal factory) : IClassFixture<ReadOnlySessionTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var readOnly = new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c default_transaction_read_only=on" };
            With("ConnectionStrings:PortalReadOnly", readOnly.ConnectionString);
        }
    }

    static readonly string[] PublicPages =
    [
        "/", "/columns/news", "/zwgk", "/zwgk?column=news&sort=index", "/zwgk/data", "/search?q=" + Uri.EscapeDataString("预算"),
        "/feeds/all.xml", "/feeds/news.xml", "/sitemap.xml", "/robots.txt", "/api/v1/items?limit=5", "/api/v1/columns",
        "/api/v1/departments", "/api/v1/items?q=" + Uri.EscapeDataString("公开"), "/budgets", "/budgets/2013", "/budgets/compare",
        "/api/v1/budgets", "/powers", "/powers/CF-001", "/powers/CF-001/flow.svg", "/reports/2012",
    ];

    [Fact]
    public async Task Every_public_page_works_on_a_read_only_session()
    {
        var citizen = factory.CreateAnonymousClient();
        foreach (var url in PublicPages)
        {
            var response = await citizen.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }

        var home = await citizen.GetDocumentAsync("/columns/news");
        var item = home.QuerySelectorAll("a[href^='/items/']").Select(a => a.GetAttribute("href")!).First();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(item)).StatusCode);
    }

    [Fact]
    public async Task Writes_still_go_to_the_primary()
    {
        var code = await factory.CreateAnonymousClient().SubmitLetterAsync(Steps.Letter("只读会话下的留言"));
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-", code);

        var id = await factory.PublishAsync("只读会话测试发布", "news");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().GetAsync($"/items/{id}")).StatusCode);
    }
}

/// <summary>The replica unreachable: readiness says so and public pages answer the styled 503, while the back office keeps working.</summary>
public sealed class ReadReplicaDownTests(ReadReplicaDownTests.Portal factory) : IClassFixture<ReadReplicaDownTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        public Portal() => With("ConnectionStrings:PortalReadOnly", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2");
    }

    [Fact]
    public async Task Readiness_fails_and_public_pages_answer_503_while_staff_pages_work()
    {
        var citizen = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync("/health/ready")).StatusCode);
        var home = await citizen.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.DoesNotContain("Npgsql", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientAs("author").GetAsync("/admin/editions")).StatusCode);
    }
}
