using System.Data.Common;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

/// <summary>
/// How many SQL commands (through EF Core) each public page sends, with the output cache off: a small constant,
/// and the same whether a list shows few or many items (no N+1 queries).
/// </summary>
public sealed class QueryCountTests(QueryCountTests.Portal factory) : IClassFixture<QueryCountTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        public CommandCounter Counter { get; } = new();

        public Portal()
        {
            With("Portal:OutputCache:Enabled", "false");
            With("Publishing:Scheduler:Enabled", "false");
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Counter));
        }
    }

    public sealed class CommandCounter : DbCommandInterceptor
    {
        int count;
        volatile bool active;

        public bool Active { get => active; set => active = value; }

        public int Take() => Interlocked.Exchange(ref count, 0);

        void Count()
        {
            if (active) Interlocked.Increment(ref count);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url); // first visit fills the per-content-version caches (totals, topics, navigation)
        factory.Counter.Take();
        factory.Counter.Active = true;
        try
        {
            var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            return factory.Counter.Take();
        }
        finally
        {
            factory.Counter.Active = false;
        }
    }

    public static TheoryData<string, int> Pages => new()
    {
        { "/", 3 },
        { "/columns/news", 4 },
        { "/columns/news?last=1", 4 },
        { "/zwgk", 4 },
        { "/zwgk?sort=index&last=1", 4 },
        { "/zwgk?column=policies&validity=repealed", 4 },
        { "/api/v1/items?limit=50", 4 },
        { "/feeds/all.xml", 4 },
        { "/api/v1/items/1", 3 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_sends_a_small_fixed_number_of_queries(string url, int most)
    {
        var client = factory.CreateAnonymousClient();
        var commands = await CommandsForAsync(client, url);
        Assert.True(commands >= 1, $"{url}: no command counted, the counter is not wired");
        Assert.True(commands <= most, $"{url} sent {commands} SQL commands (at most {most} expected)");
    }

    [Fact]
    public async Task Lists_send_the_same_queries_however_many_items_they_show()
    {
        var client = factory.CreateAnonymousClient();
        var before = new Dictionary<string, int>();
        string[] urls = ["/", "/columns/notices", "/zwgk?column=notices", "/api/v1/items?column=notices&limit=50", "/feeds/notices.xml"];
        foreach (var url in urls) before[url] = await CommandsForAsync(client, url);

        for (var i = 0; i < 12; i++) await factory.PublishAsync($"查询次数测试通知{i}", "notices");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the invalidator's second eviction pass, one second after the commit
        foreach (var url in urls)
            Assert.Equal(before[url], await CommandsForAsync(client, url));
    }

    [Fact]
    public async Task An_item_page_with_attachments_sends_a_fixed_number_of_queries()
    {
        var client = factory.CreateAnonymousClient();
        var page = await client.GetDocumentAsync("/columns/news");
        var item = page.QuerySelectorAll("a[href^='/items/']").Select(a => a.GetAttribute("href")!).First();
        var commands = await CommandsForAsync(client, item);
        Assert.InRange(commands, 1, 2); // the state check and the page
    }
}
