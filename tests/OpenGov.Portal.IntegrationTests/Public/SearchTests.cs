using System.Net;
using AngleSharp.Dom;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class SearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    HttpClient Client => factory.CreateAnonymousClient();

    static List<string> Titles(IDocument doc) => doc.QuerySelectorAll(".search-results h3 a").Select(a => a.TextContent).ToList();

    Task<IDocument> SearchAsync(string q, string extra = "") => Client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q) + extra);

    [Fact]
    public async Task A_two_character_term_in_the_body_is_found_and_its_reversal_is_not()
    {
        await factory.PublishItemAsync("两字词测试通知", body: "<p>本通知涉及鲲鹏计划的实施安排。</p>");

        Assert.Contains("两字词测试通知", Titles(await SearchAsync("鲲鹏")));
        Assert.DoesNotContain("两字词测试通知", Titles(await SearchAsync("鹏鲲")));
        Assert.Empty(Titles(await SearchAsync("鹏鲲")));
    }

    [Fact]
    public async Task Two_character_terms_from_the_demo_content_are_found()
    {
        Assert.Contains("省知识产权局2012年部门预算及有关情况说明", Titles(await SearchAsync("预算")));
        var patent = Titles(await SearchAsync("专利"));
        Assert.Contains("专利统计快报(2012年第二季度)", patent);
        Assert.Contains("关于举办2012年中国专利周系列活动的通知", patent);
        Assert.DoesNotContain("省知识产权局召开政务公开领导小组会议", patent);
    }

    [Fact]
    public async Task A_three_character_term_matches_only_where_its_characters_are_adjacent()
    {
        await factory.PublishItemAsync("三字相邻测试", body: "<p>新建麒麟阁对外开放。</p>");
        await factory.PublishItemAsync("三字分开测试", body: "<p>麒麟雕塑已修复,另有麟阁旧址待修。</p>");

        var hits = Titles(await SearchAsync("麒麟阁"));
        Assert.Contains("三字相邻测试", hits);
        Assert.DoesNotContain("三字分开测试", hits);
        Assert.Contains("三字分开测试", Titles(await SearchAsync("麒麟")));
        Assert.Equal(["三字相邻测试"], Titles(await SearchAsync("新建麒麟阁对外")));
    }

    [Fact]
    public async Task Mixed_Chinese_Latin_and_number_queries_match_in_any_width_and_case()
    {
        await factory.PublishItemAsync("混合检索测试", body: "<p>本单位于2031年通过ISO9001质量管理体系认证。</p>");

        Assert.Contains("混合检索测试", Titles(await SearchAsync("ISO9001 认证")));
        Assert.Contains("混合检索测试", Titles(await SearchAsync("iso9001")));
        Assert.Contains("混合检索测试", Titles(await SearchAsync("ＩＳＯ９００１")));
        Assert.Contains("混合检索测试", Titles(await SearchAsync("2031年通过")));
        Assert.DoesNotContain("混合检索测试", Titles(await SearchAsync("ISO14001 认证")));
    }

    [Fact]
    public async Task Document_and_index_numbers_are_searchable()
    {
        Assert.Contains("关于开展2012年全国知识产权宣传周活动的通知", Titles(await SearchAsync("黑知发〔2012〕8号")));

        var id = await factory.PublishItemAsync("索引号检索测试");
        var item = await Client.GetDocumentAsync($"/items/{id}");
        var index = item.QuerySelector(".index-number")!.TextContent;
        var results = await SearchAsync(index);
        Assert.Equal("索引号检索测试", Titles(results)[0]);
        Assert.Contains(index, results.QuerySelector(".search-results .hit-meta")!.TextContent);
    }

    [Fact]
    public async Task Results_rank_title_matches_first_and_mark_hits_in_encoded_snippets()
    {
        await factory.PublishItemAsync("正文提及神兽", body: "<p>这是一段正文,提到貔貅一次。&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        await factory.PublishItemAsync("貔貅标题测试", body: "<p>正文与标题相关。</p>");

        var doc = await SearchAsync("貔貅");
        Assert.Equal(["貔貅标题测试", "正文提及神兽"], Titles(doc));
        Assert.Equal("貔貅", doc.QuerySelector(".search-results h3 a mark")!.TextContent);
        var snippet = doc.QuerySelectorAll(".search-results .snippet")[1];
        Assert.Equal("貔貅", snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent);
        Assert.Null(snippet.QuerySelector("script"));
    }

    [Fact]
    public async Task Facets_count_matches_per_column_department_and_year_and_filter_the_results()
    {
        await factory.PublishItemAsync("饕餮facet一", "news", body: "<p>饕餮纹样</p>");
        await factory.PublishItemAsync("饕餮facet二", "news", body: "<p>饕餮纹样</p>", author: "author6");
        await factory.PublishItemAsync("饕餮facet三", "notices", body: "<p>饕餮纹样</p>", at: new DateTimeOffset(2018, 3, 1, 1, 0, 0, TimeSpan.Zero));

        var doc = await SearchAsync("饕餮");
        Assert.Contains("共 3 条", doc.QuerySelector(".result-count")!.TextContent);
        var facets = doc.QuerySelectorAll(".facets ul").Select(ul => ul.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["省局动态 (2)", "通知公告 (1)"], facets[0]);
        Assert.Equal(["综合协调处 (2)", "专利局哈尔滨代办处 (1)"], facets[1]);
        Assert.Equal(2, facets[2].Count);
        Assert.Contains("2018 (1)", facets[2]);

        var news = await Client.GetDocumentAsync(doc.QuerySelectorAll(".facets ul")[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(2, Titles(news).Count);
        Assert.All(Titles(news), t => Assert.StartsWith("饕餮facet", t));
        Assert.NotNull(news.QuerySelector(".facets a.active"));
        var year = await SearchAsync("饕餮", "&year=2018");
        Assert.Equal(["饕餮facet三"], Titles(year));
    }

    [Fact]
    public async Task Results_page_twenty_at_a_time_and_sort_by_date()
    {
        for (var i = 1; i <= 23; i++)
            await factory.PublishItemAsync($"犀牛分页{i:D2}", "statistics", body: "<p>犀牛分页测试</p>", at: factory.Clock.GetUtcNow().AddMinutes(i));

        var first = await SearchAsync("犀牛分页", "&sort=date");
        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("犀牛分页23", Titles(first)[0]);
        var second = await Client.GetDocumentAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["犀牛分页03", "犀牛分页02", "犀牛分页01"], Titles(second));
        Assert.Equal("21", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData("", "请输入要查找的关键词")]
    [InlineData("     ", "请输入要查找的关键词")]
    [InlineData("!!!???……“”", "没有可以查找的文字")]
    [InlineData("局", "单个汉字")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", "关键词过长")]
    public async Task Queries_that_cannot_be_searched_get_a_friendly_page(string q, string message)
    {
        var response = await Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains(message, doc.QuerySelector("main .notice")!.TextContent);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("%E4%B8%93%00%E5%88%A9")]
    [InlineData("%ED%A0%80%E4%B8%93%E5%88%A9")]
    [InlineData("%F0%9F%98%80")]
    [InlineData("%F0%A0%80%80%F0%A0%80%81")]
    [InlineData("'%3B%20DROP%20TABLE%20publications%3B%20--")]
    [InlineData("%E4%B8%93%E5%88%A9'%20OR%201%3D1%20--")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%E4%B8%93%E5%88%A9%3A*A%20%26%20!%E9%A2%84%E7%AE%97%20%7C%20%3C-%3E")]
    [InlineData("%25%25%5C%5C__")]
    [InlineData("%E2%80%AE%E2%80%8B%E4%B8%93%E5%88%A9%EF%BB%BF")]
    [InlineData("a&q=b&q=c")]
    [InlineData("x&page=99999999999999&year=-1&column=%00&sort=%FF")]
    public async Task Hostile_queries_never_cause_an_error(string rawQuery)
    {
        var response = await Client.GetAsync("/search?q=" + rawQuery);
        // NUL and malformed UTF-8 are refused before any controller (RequestTextGuard); the rest get a page.
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("site-header", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task A_megabyte_query_gets_the_too_long_page()
    {
        var response = await Client.GetAsync("/search?q=" + new string('专', 1_000_000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("关键词过长", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_database_splits_text_the_way_the_query_parser_does()
    {
        string[] samples = ["省知识产权局2012年ISO9001认证", "ＡＢＣ１２３ 全角", "黑知发〔2012〕8号", "局 a-b_c 专利局长", "豈更車"];
        foreach (var sample in samples)
        {
            var terms = OpenGov.Portal.Data.Search.SearchTerms.Parse(sample);
            var expected = string.Join(' ', terms.IndexText.Split(' ').SelectMany(t =>
                OpenGov.Portal.Data.Search.SearchTerms.IsIdeographic(t) ? Enumerable.Range(0, t.Length - 1).Select(i => t.Substring(i, 2)) : [t]));
            var sql = await TestDatabase.ScalarAsync<string>(factory.ConnectionString,
                $"SELECT og_search_terms(og_search_terms_input) FROM (SELECT '{terms.IndexText}'::text AS og_search_terms_input) x");
            Assert.Equal(expected, sql);
        }
    }
}
