using System.Text;
using System.Text.RegularExpressions;
using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class CitizenJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Citizen_browses_home_column_and_item_then_downloads_the_attachment() => portal.RunJourneyAsync(async journey =>
    {
        const string title = "2012年专利统计快报(附数据表)";
        const string file = "2012年专利申请授权统计.csv";
        var csv = Encoding.UTF8.GetBytes("月份,申请量,授权量\n1月,820,410\n2月,760,395\n");
        await journey.Factory.PublishWithAttachmentAsync(title, "statistics", file, "text/csv", csv);
        var citizen = await journey.CitizenAsync();

        var home = await HomePage.OpenAsync(citizen);
        await Expect(home.ItemLinksIn("统计数据").First).ToHaveTextAsync(title);

        var column = await home.OpenColumnFromNavAsync("统计数据");
        await Expect(column.Heading).ToHaveTextAsync("统计数据");
        await Expect(column.ItemLinks.First).ToHaveTextAsync(title);

        var item = await column.OpenItemAsync(title);
        await Expect(item.Heading).ToHaveTextAsync(title);
        await Expect(item.Breadcrumb).ToContainTextAsync("统计数据");
        await Expect(item.IndexNumber).ToHaveTextAsync(new Regex(@"/\d{4}-\d{5}$"));

        var download = await item.DownloadAttachmentAsync(file);
        Assert.Equal(file, download.SuggestedFilename);
        Assert.Equal(csv, await File.ReadAllBytesAsync(await download.PathAsync()));
    });

    [Fact]
    public Task Citizen_searches_a_two_character_Chinese_term_and_opens_a_result() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);

        var results = await home.SearchAsync("专利");

        await Expect(results.Heading).ToHaveTextAsync("搜索结果");
        await Expect(results.SearchBox).ToHaveValueAsync("专利");
        var titles = await results.ResultLinks.AllInnerTextsAsync();
        Assert.True(titles.Count >= 3, $"Expected several results for 专利, got {titles.Count}");
        Assert.Contains(titles, t => t.Contains("专利", StringComparison.Ordinal));

        var item = await results.OpenResultAsync(titles[0]);
        await Expect(item.Heading).ToHaveTextAsync(titles[0]);
    });

    [Fact]
    public Task Citizen_following_a_dead_link_gets_a_friendly_404_and_a_way_home() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();

        var missing = await ErrorPage.OpenAsync(citizen, "/items/987654321", 404);
        await Expect(missing.Heading).ToHaveTextAsync("页面未找到");
        await Expect(missing.SearchBox).ToBeVisibleAsync();

        var home = await missing.BackToHomeAsync();
        await Expect(home.Block("通知公告")).ToBeVisibleAsync();
    });
}
