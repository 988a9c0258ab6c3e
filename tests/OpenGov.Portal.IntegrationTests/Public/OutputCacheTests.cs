using System.Net;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class OutputCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static readonly string[] ListPages = ["/", "/columns/notices", "/zwgk", "/feeds/all.xml", "/feeds/notices.xml", "/sitemap.xml", "/api/v1/items"];

    [Fact]
    public async Task Public_pages_are_served_from_the_cache_until_content_changes()
    {
        var id = await factory.PublishItemAsync("缓存命中测试");
        var client = factory.CreateAnonymousClient();
        Assert.Contains("缓存命中测试", await client.GetStringAsync($"/items/{id}"));

        // Behind the application's back: the cached page does not notice…
        await factory.SqlAsync($"UPDATE publications SET title = '缓存已改标题' WHERE id = {id}");
        Assert.Contains("缓存命中测试", await client.GetStringAsync($"/items/{id}"));
        // …a signed-in member of staff is never served from the cache…
        Assert.Contains("缓存已改标题", await factory.CreateClientAs("author").GetStringAsync($"/items/{id}"));
        // …and an edit through the workflow evicts it.
        await factory.ReviseAsync(id, "缓存修订后标题");
        var page = await client.GetStringAsync($"/items/{id}");
        Assert.Contains("缓存修订后标题", page);
        Assert.Contains("修改标题", page);
    }

    [Fact]
    public async Task A_new_publication_appears_at_once_on_every_cached_list_and_in_search()
    {
        var client = factory.CreateAnonymousClient();
        foreach (var url in ListPages) await client.GetStringAsync(url);
        var search = "/search?q=" + Uri.EscapeDataString("獬豸");
        Assert.Contains("共 0 条", await client.GetStringAsync(search));

        var id = await factory.PublishItemAsync("缓存即时发布测试", "notices", body: "<p>獬豸图案</p>");
        foreach (var url in ListPages)
            Assert.Contains($"/items/{id}", await client.GetStringAsync(url));
        Assert.Contains("缓存即时发布测试", await client.GetStringAsync(search));
    }

    [Fact]
    public async Task Withdrawing_evicts_the_item_page_and_the_lists()
    {
        var id = await factory.PublishItemAsync("缓存撤回测试", "notices");
        var client = factory.CreateAnonymousClient();
        Assert.Contains("缓存撤回测试", await client.GetStringAsync($"/items/{id}"));
        Assert.Contains("缓存撤回测试", await client.GetStringAsync("/columns/notices"));

        await factory.WithdrawAsync(id, "缓存撤回原因");
        Assert.Contains("缓存撤回原因", await client.GetStringAsync($"/items/{id}"));
        Assert.DoesNotContain("缓存撤回测试", await client.GetStringAsync("/columns/notices"));
    }

    [Fact]
    public async Task An_interpretation_evicts_the_page_of_the_document_it_interprets()
    {
        var policy = await factory.PublishItemAsync("缓存政策文件", "policies");
        var client = factory.CreateAnonymousClient();
        Assert.DoesNotContain("相关解读", await client.GetStringAsync($"/items/{policy}"));

        await factory.PublishItemAsync("缓存政策解读", "interpretations", interprets: policy);
        var page = await client.GetDocumentAsync($"/items/{policy}");
        Assert.Contains("缓存政策解读", page.QuerySelector("#interpretations-h")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Cached_pages_vary_by_language_and_display_mode()
    {
        var client = factory.CreateAnonymousClient();
        var zh = await client.GetDocumentAsync("/zwgk");
        Assert.Equal("zh-CN", zh.DocumentElement.GetAttribute("lang"));

        var english = factory.ClientWithCookie(".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var en = await english.GetDocumentAsync("/zwgk");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Government information disclosure catalogue", en.QuerySelector("h1")!.TextContent);

        var large = factory.ClientWithCookie("og.display=large");
        Assert.Equal("large-text", (await large.GetDocumentAsync("/zwgk")).DocumentElement.GetAttribute("class"));
        Assert.Null((await client.GetDocumentAsync("/zwgk")).DocumentElement.GetAttribute("class"));
    }

    [Fact]
    public async Task The_back_office_and_responses_that_set_cookies_are_not_cached()
    {
        var client = factory.CreateAnonymousClient();
        var first = await client.GetAsync("/display?mode=large&return=/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await factory.CreateAnonymousClient().GetAsync("/display?mode=standard&return=/");
        Assert.Contains(second.Headers.GetValues("Set-Cookie"), c => c.StartsWith("og.display=standard", StringComparison.Ordinal));
        var staff = factory.CreateAnonymousClient();
        await staff.GetAsync("/admin/account/login");
        var again = await staff.GetAsync("/admin/account/login");
        Assert.False(again.Headers.Contains("Age"));
    }
}

/// <summary>The portal with output caching switched off (Portal:OutputCache:Enabled=false), as for uncached benchmarks.</summary>
public sealed class UncachedPortalFactory : PortalFactory
{
    public UncachedPortalFactory() => With("Portal:OutputCache:Enabled", "false");
}

public sealed class OutputCacheSwitchTests(UncachedPortalFactory factory) : IClassFixture<UncachedPortalFactory>
{
    [Fact]
    public async Task With_the_cache_switched_off_every_request_reads_the_database()
    {
        var id = await factory.PublishItemAsync("关闭缓存测试");
        var client = factory.CreateAnonymousClient();
        Assert.Contains("关闭缓存测试", await client.GetStringAsync($"/items/{id}"));
        await factory.SqlAsync($"UPDATE publications SET title = '关闭缓存已改' WHERE id = {id}");
        Assert.Contains("关闭缓存已改", await client.GetStringAsync($"/items/{id}"));
    }
}
