using System.Net;
using AngleSharp.Dom;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class CatalogueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static List<string> Titles(IDocument doc) => doc.QuerySelectorAll("table.catalogue tbody td.title a").Select(a => a.TextContent).ToList();

    static List<string> Column(IDocument doc, int index) =>
        doc.QuerySelectorAll("table.catalogue tbody tr").Select(tr => tr.QuerySelectorAll("td")[index].TextContent.Trim()).ToList();

    [Fact]
    public async Task The_catalogue_lists_published_items_with_their_catalogue_metadata()
    {
        var id = await factory.PublishItemAsync("目录字段展示测试", "policies", documentNumber: "黑知发〔2031〕1号", topic: "目录展示",
            createdOn: new DateOnly(2031, 1, 2));
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/zwgk");

        var headers = doc.QuerySelectorAll("table.catalogue thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["索引号", "标题", "发布机构", "文号", "主题分类", "生成日期", "发布日期", "有效性"], headers);
        var row = doc.QuerySelectorAll("table.catalogue tbody tr").Single(tr => tr.QuerySelector($"a[href='/items/{id}']") is not null);
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Matches(@"^11230000MB0000000X/\d{4}-\d{5}$", cells[0]);
        Assert.Equal("目录字段展示测试", cells[1]);
        Assert.Equal("综合协调处", cells[2]);
        Assert.Equal("黑知发〔2031〕1号", cells[3]);
        Assert.Equal("目录展示", cells[4]);
        Assert.Equal("2031-01-02", cells[5]);
        Assert.Equal("有效", cells[7]);
        Assert.Contains("共", doc.QuerySelector(".result-count")!.TextContent);
        Assert.NotNull(doc.QuerySelector("table.catalogue caption"));
        Assert.All(doc.QuerySelectorAll("table.catalogue thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task The_guide_and_rules_pages_are_published_items_linked_from_the_catalogue()
    {
        var client = factory.CreateAnonymousClient();
        var doc = await client.GetDocumentAsync("/zwgk");
        var links = doc.QuerySelectorAll(".zwgk-guide a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.Contains("政府信息公开指南", links.Keys);
        Assert.Contains("政府信息公开制度", links.Keys);

        var guide = await client.GetDocumentAsync(links["政府信息公开指南"]);
        Assert.Equal("政府信息公开指南", guide.QuerySelector("h1")!.TextContent);
        Assert.Contains("20个工作日", guide.QuerySelector(".item-body")!.TextContent);
        Assert.Matches(@"^11230000MB0000000X/\d{4}-\d{5}$", guide.QuerySelector(".index-number")!.TextContent);
        Assert.Equal("/zwgk", guide.QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href"));
        var rules = await client.GetDocumentAsync(links["政府信息公开制度"]);
        Assert.Contains("保密审查", rules.QuerySelector(".item-body")!.TextContent);
    }

    [Fact]
    public async Task Filters_by_column_department_topic_year_and_validity()
    {
        await factory.PublishItemAsync("筛选测试-废止文件", "policies", topic: "筛选主题甲", validity: Validity.Repealed);
        await factory.PublishItemAsync("筛选测试-代办处", "services", topic: "筛选主题乙", author: "author6");
        await factory.PublishItemAsync("筛选测试-往年", "notices", topic: "筛选主题甲", at: new DateTimeOffset(2019, 6, 1, 2, 0, 0, TimeSpan.Zero));
        var client = factory.CreateAnonymousClient();

        var repealed = await client.GetDocumentAsync("/zwgk?validity=repealed");
        Assert.Equal(["筛选测试-废止文件"], Titles(repealed));
        Assert.Equal("已废止", Column(repealed, 7).Single());

        var topic = await client.GetDocumentAsync("/zwgk?topic=" + Uri.EscapeDataString("筛选主题甲"));
        Assert.Equal(["筛选测试-废止文件", "筛选测试-往年"], Titles(topic));

        var year = await client.GetDocumentAsync("/zwgk?year=2019");
        Assert.Equal(["筛选测试-往年"], Titles(year));

        var department = await client.GetDocumentAsync("/zwgk?department=hebdb");
        Assert.Contains("筛选测试-代办处", Titles(department));
        Assert.All(Column(department, 2), d => Assert.Equal("专利局哈尔滨代办处", d));

        var column = await client.GetDocumentAsync("/zwgk?column=policies&validity=repealed");
        Assert.Equal(["筛选测试-废止文件"], Titles(column));
        var policies = await client.GetDocumentAsync("/zwgk?column=policies");
        Assert.Contains("省知识产权局政务公开实施办法", Titles(policies));
        Assert.DoesNotContain("筛选测试-代办处", Titles(policies));

        // The form keeps the choices.
        Assert.Equal("policies", policies.QuerySelector("#f-column option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Sorts_by_index_number_creation_date_and_publication_date_both_ways()
    {
        var client = factory.CreateAnonymousClient();
        var byIndexAsc = Column(await client.GetDocumentAsync("/zwgk?sort=index&dir=asc"), 0);
        Assert.Equal(byIndexAsc.Order(StringComparer.Ordinal), byIndexAsc);
        var byIndexDesc = Column(await client.GetDocumentAsync("/zwgk?sort=index"), 0);
        Assert.Equal(byIndexDesc.OrderDescending(StringComparer.Ordinal), byIndexDesc);

        var createdAsc = Column(await client.GetDocumentAsync("/zwgk?sort=created&dir=asc"), 5);
        Assert.Equal(createdAsc.Order(StringComparer.Ordinal), createdAsc);
        var publishedDesc = Column(await client.GetDocumentAsync("/zwgk"), 6);
        Assert.Equal(publishedDesc.OrderDescending(StringComparer.Ordinal), publishedDesc);
        var publishedAsc = await client.GetDocumentAsync("/zwgk?dir=asc");
        var dates = Column(publishedAsc, 6);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2011-12-20", dates[0]);
        Assert.Equal("ascending", publishedAsc.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Keyset_pages_walk_the_whole_catalogue_forwards_and_backwards_without_overlap()
    {
        var client = factory.CreateAnonymousClient();
        var seen = new List<string>();
        var url = "/zwgk?sort=index&dir=asc";
        IDocument page;
        var pages = 0;
        do
        {
            page = await client.GetDocumentAsync(url);
            seen.AddRange(Column(page, 0));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href")!;
            pages++;
        } while (url is not null && pages < 50);

        Assert.True(pages >= 2, "the demo catalogue spans at least two pages");
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".result-count")!.TextContent, @"\d+").Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total, seen.Count);

        // The last page is one request away and matches the walk; "previous" from it goes back.
        var last = await client.GetDocumentAsync("/zwgk?sort=index&dir=asc&last=1");
        Assert.Equal(seen.TakeLast(Column(last, 0).Count), Column(last, 0));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        var previous = await client.GetDocumentAsync(last.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        var before = Column(previous, 0);
        Assert.Equal(seen.SkipLast(Column(last, 0).Count).TakeLast(20), before);
    }

    [Theory]
    [InlineData("?year=abc&column=nope&validity=maybe&department=x&topic=none")]
    [InlineData("?sort=sideways&dir=up")]
    [InlineData("?after=garbage&before=%2F%2F")]
    [InlineData("?after=MXwwfDk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5fDF8")]
    [InlineData("?year=99999999999999&validity=1")]
    [InlineData("?last=yes&page=-1")]
    [InlineData("?sort=index&after=MXwyfDB8MXxhAGI")]
    public async Task Malformed_filters_and_positions_are_ignored(string query)
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.GetAsync("/zwgk" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.NotEmpty(Titles(doc));
        Assert.Null(doc.QuerySelector("#f-column option[selected]"));
    }
}
