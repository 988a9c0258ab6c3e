using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class VisibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every public surface that lists items, as a citizen or a program reads it.</summary>
    static readonly string[] Surfaces =
    [
        "/", "/columns/news", "/zwgk", "/zwgk?column=news", "/zwgk?sort=index", "/feeds/all.xml", "/feeds/news.xml", "/sitemap.xml",
        "/api/v1/items?limit=100", "/api/v1/items?column=news&limit=100",
    ];

    [Theory]
    [InlineData(EditionStatus.Draft)]
    [InlineData(EditionStatus.Submitted)]
    [InlineData(EditionStatus.Reviewed)]
    [InlineData(EditionStatus.Scheduled)]
    [InlineData(EditionStatus.Classified)]
    public async Task Unpublished_items_are_never_shown(EditionStatus status)
    {
        var title = $"未发布可见性测试-{status}";
        var id = await factory.PublishAsync(title, "news", body: $"<p>未发布正文{status}独角兽</p>", upTo: status);
        var client = factory.CreateAnonymousClient();

        foreach (var url in Surfaces)
        {
            var body = await client.GetStringAsync(url);
            Assert.DoesNotContain(title, body);
            Assert.DoesNotContain($"/items/{id}\"", body);
            Assert.DoesNotContain($"/items/{id}<", body);
        }
        foreach (var q in new[] { title, "独角兽", $"未发布正文{status}" })
        {
            var search = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q));
            Assert.DoesNotContain(search.QuerySelectorAll("main a"), a => a.TextContent.Contains(title, StringComparison.Ordinal));
            Assert.DoesNotContain(title, await client.GetStringAsync("/api/v1/items?q=" + Uri.EscapeDataString(q)));
        }
        var item = await client.GetAsync($"/items/{id}");
        Assert.True(item.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone, $"/items/{id} answered {item.StatusCode}");
        Assert.DoesNotContain(title, await item.Content.ReadAsStringAsync());
        var api = await client.GetAsync($"/api/v1/items/{id}");
        Assert.True(api.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone, $"/api/v1/items/{id} answered {api.StatusCode}");
        Assert.DoesNotContain(title, await api.Content.ReadAsStringAsync());
        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(factory.ConnectionString, $"SELECT count(*) FROM publication_search WHERE publication_id = {id}"));
    }

    [Fact]
    public async Task A_withdrawn_item_leaves_every_list_and_search_but_keeps_a_notice_page()
    {
        var id = await factory.PublishItemAsync("撤回可见性测试", "news", body: "<p>撤回正文白泽</p>");
        var client = factory.CreateAnonymousClient();
        Assert.Contains("撤回可见性测试", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("白泽")));

        await factory.WithdrawAsync(id, "内容已过时");
        foreach (var url in Surfaces) Assert.DoesNotContain("撤回可见性测试", await client.GetStringAsync(url));
        Assert.DoesNotContain("撤回可见性测试", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("白泽")));
        var notice = await client.GetDocumentAsync($"/items/{id}");
        Assert.Contains("该信息已撤回", notice.QuerySelector(".notice")!.TextContent);
        Assert.Contains("内容已过时", notice.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task An_item_published_in_error_is_gone()
    {
        var id = await factory.PublishItemAsync("误发可见性测试", "news");
        await factory.WithdrawAsync(id, "误发", publishedInError: true);
        var response = await factory.CreateAnonymousClient().GetAsync($"/items/{id}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.DoesNotContain("误发可见性测试", await response.Content.ReadAsStringAsync());
    }
}
