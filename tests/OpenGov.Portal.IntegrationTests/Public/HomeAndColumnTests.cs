using System.Net;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class HomeAndColumnTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_page_lists_the_seeded_items_per_column_in_Chinese_utf8()
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("关于开展2012年全国知识产权宣传周活动的通知", html);
        Assert.Contains("省局动态", html);
        Assert.DoesNotContain("&#x", html);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("main#main"));
        Assert.NotNull(doc.QuerySelector("a.skip-link[href='#main']"));
        Assert.Contains("举报、投诉联系方式", doc.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task A_column_pages_through_its_items_newest_first()
    {
        for (var i = 1; i <= 25; i++)
            await factory.PublishAsync($"分页测试信息{i:D2}", "statistics", at: factory.Clock.GetUtcNow().AddMinutes(i));
        var client = factory.CreateAnonymousClient();

        var first = await client.GetDocumentAsync("/columns/statistics");
        var titles = first.QuerySelectorAll(".item-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(20, titles.Count);
        Assert.Equal("分页测试信息25", titles[0]);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));

        var second = await client.GetDocumentAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var rest = second.QuerySelectorAll(".item-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("分页测试信息01", rest);
        Assert.Contains("专利统计快报(2012年1-10月)", rest);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Empty(titles.Intersect(rest));
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public async Task Odd_page_numbers_are_clamped_not_errors(string page)
    {
        var response = await factory.CreateAnonymousClient().GetAsync($"/columns/news?page={page}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_last_page_is_one_link_away()
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/columns/news?last=1");
        Assert.NotEmpty(doc.QuerySelectorAll(".item-list a"));
        Assert.Null(doc.QuerySelector("a[rel=next]"));
    }

    [Theory]
    [InlineData("/columns/no-such-column")]
    [InlineData("/items/999999")]
    [InlineData("/items/-1")]
    [InlineData("/items/abc")]
    [InlineData("/attachments/999999")]
    [InlineData("/no/such/page")]
    public async Task Unknown_things_answer_a_friendly_404(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面未找到", html);
        Assert.Contains("site-header", html);
    }

    [Fact]
    public async Task An_item_page_shows_its_catalogue_metadata_and_index_number()
    {
        var id = await factory.PublishAsync("目录元数据测试通知");
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync($"/items/{id}");
        Assert.Equal("目录元数据测试通知", doc.QuerySelector("h1")!.TextContent);
        var index = doc.QuerySelector(".index-number")!.TextContent;
        Assert.Matches(@"^11230000MB0000000X/\d{4}-\d{5}$", index);
        Assert.NotNull(doc.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task English_chrome_is_available()
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/?lang=en");
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Skip to main content", doc.QuerySelector(".skip-link")!.TextContent);
    }
}
