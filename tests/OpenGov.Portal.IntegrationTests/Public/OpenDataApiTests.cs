using System.Net;
using System.Text.Json;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class OpenDataApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    async Task<(HttpStatusCode Status, JsonElement Json, string Raw)> GetAsync(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    static List<JsonElement> Items(JsonElement list) => list.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task The_item_list_has_catalogue_metadata_in_snake_case_with_Chinese_as_text()
    {
        var (status, json, raw) = await GetAsync("/api/v1/items?limit=3");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, json.GetProperty("limit").GetInt32());
        Assert.Equal(JsonValueKind.String, json.GetProperty("next_cursor").ValueKind);
        var item = Items(json)[0];
        foreach (var field in new[] { "id", "url", "api_url", "index_number", "title", "summary", "column", "department", "publisher",
                     "document_number", "topic", "created_on", "published_at", "updated_at", "validity", "disclosure_mode" })
            Assert.True(item.TryGetProperty(field, out _), $"item has {field}");
        Assert.Matches(@"^11230000MB0000000X/\d{4}-\d{5}$", item.GetProperty("index_number").GetString());
        Assert.Equal("黑龙江省知识产权局", item.GetProperty("publisher").GetString());
        Assert.Equal("valid", item.GetProperty("validity").GetString());
        Assert.Equal("proactive", item.GetProperty("disclosure_mode").GetString());
        Assert.Contains("黑龙江省知识产权局", raw);
        Assert.DoesNotContain("\\u9ED1", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cursor_paging_walks_every_published_item_once_newest_first()
    {
        var ids = new List<int>();
        var dates = new List<DateTimeOffset>();
        var url = "/api/v1/items?limit=7";
        for (var pages = 0; url is not null && pages < 20; pages++)
        {
            var (status, json, _) = await GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (var item in Items(json))
            {
                ids.Add(item.GetProperty("id").GetInt32());
                dates.Add(item.GetProperty("published_at").GetDateTimeOffset());
            }
            var next = json.GetProperty("next_cursor");
            url = next.ValueKind == JsonValueKind.Null ? null : "/api/v1/items?limit=7&cursor=" + next.GetString();
        }
        Assert.Null(url);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(dates.OrderDescending(), dates);
        var columns = (await GetAsync("/api/v1/columns")).Json.GetProperty("columns").EnumerateArray().Sum(c => c.GetProperty("item_count").GetInt32());
        Assert.Equal(columns, ids.Count);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_q_searches_it()
    {
        var policies = Items((await GetAsync("/api/v1/items?column=policies&limit=100")).Json);
        Assert.NotEmpty(policies);
        Assert.All(policies, i => Assert.Equal("policies", i.GetProperty("column").GetProperty("code").GetString()));

        var hebdb = Items((await GetAsync("/api/v1/items?department=hebdb&limit=100")).Json);
        Assert.NotEmpty(hebdb);
        Assert.All(hebdb, i => Assert.Equal("hebdb", i.GetProperty("department").GetProperty("code").GetString()));

        var y2011 = Items((await GetAsync("/api/v1/items?year=2011")).Json);
        Assert.Equal(["省知识产权局政务公开实施办法"], y2011.Select(i => i.GetProperty("title").GetString()));

        Assert.Empty(Items((await GetAsync("/api/v1/items?validity=repealed")).Json));
        Assert.NotEmpty(Items((await GetAsync("/api/v1/items?topic=" + Uri.EscapeDataString("专利统计"))).Json));

        var budget = Items((await GetAsync("/api/v1/items?q=" + Uri.EscapeDataString("预算"))).Json);
        Assert.Contains(budget, i => i.GetProperty("title").GetString() == "省知识产权局2012年部门预算及有关情况说明");
        var patentNews = Items((await GetAsync("/api/v1/items?q=" + Uri.EscapeDataString("专利") + "&column=news&limit=1")).Json);
        Assert.Single(patentNews);
        Assert.Equal("news", patentNews[0].GetProperty("column").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_results_page_with_a_cursor_too()
    {
        for (var i = 1; i <= 5; i++)
            await factory.PublishItemAsync($"接口检索分页{i}", body: "<p>鸾凤和鸣</p>", at: factory.Clock.GetUtcNow().AddMinutes(i));
        var first = (await GetAsync("/api/v1/items?q=" + Uri.EscapeDataString("鸾凤") + "&limit=3")).Json;
        Assert.Equal(["接口检索分页5", "接口检索分页4", "接口检索分页3"], Items(first).Select(i => i.GetProperty("title").GetString()));
        var second = (await GetAsync("/api/v1/items?q=" + Uri.EscapeDataString("鸾凤") + "&limit=3&cursor=" + first.GetProperty("next_cursor").GetString())).Json;
        Assert.Equal(["接口检索分页2", "接口检索分页1"], Items(second).Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
    }

    [Fact]
    public async Task An_item_has_its_body_attachments_history_and_interpretation_links()
    {
        var list = Items((await GetAsync("/api/v1/items?column=interpretations&limit=100")).Json);
        var interpretation = list.First(i => i.GetProperty("title").GetString() == "《2012年省知识产权局政务公开工作要点》解读");
        var (status, json, _) = await GetAsync($"/api/v1/items/{interpretation.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("《2012年省知识产权局政务公开工作要点》解读", json.GetProperty("item").GetProperty("title").GetString());
        Assert.Contains("<p>", json.GetProperty("body_html").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("attachments").ValueKind);
        Assert.Single(json.GetProperty("history").EnumerateArray());
        var interprets = json.GetProperty("interprets");
        Assert.Equal("2012年省知识产权局政务公开工作要点", interprets.GetProperty("title").GetString());

        var policy = (await GetAsync($"/api/v1/items/{interprets.GetProperty("id").GetInt32()}")).Json;
        Assert.Contains(policy.GetProperty("interpretations").EnumerateArray(), i => i.GetProperty("title").GetString() == "《2012年省知识产权局政务公开工作要点》解读");
        Assert.Equal(JsonValueKind.Null, policy.GetProperty("interprets").ValueKind);
    }

    [Fact]
    public async Task Withdrawn_items_answer_410_with_the_public_reason()
    {
        var id = await factory.PublishItemAsync("接口撤回测试");
        await factory.WithdrawAsync(id, "已被新文件替代");
        var (status, json, _) = await GetAsync($"/api/v1/items/{id}");
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal("withdrawn", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("已被新文件替代", json.GetProperty("error").GetProperty("reason").GetString());

        var gone = await factory.PublishItemAsync("接口误发测试");
        await factory.WithdrawAsync(gone, "误发", publishedInError: true);
        var (goneStatus, goneJson, goneRaw) = await GetAsync($"/api/v1/items/{gone}");
        Assert.Equal(HttpStatusCode.Gone, goneStatus);
        Assert.Equal("gone", goneJson.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain("接口误发测试", goneRaw);
    }

    [Theory]
    [InlineData("/api/v1/items?cursor=not-a-cursor", 400, "bad_cursor")]
    [InlineData("/api/v1/items?cursor=MnwwfDF8MXw", 400, "bad_cursor")]
    [InlineData("/api/v1/items?limit=abc", 400, "bad_limit")]
    [InlineData("/api/v1/items?column=nope", 400, "unknown_column")]
    [InlineData("/api/v1/items?department=nope", 400, "unknown_department")]
    [InlineData("/api/v1/items?year=twenty", 400, "bad_year")]
    [InlineData("/api/v1/items?validity=maybe", 400, "bad_validity")]
    [InlineData("/api/v1/items?q=%00", 400, "bad_request")]
    [InlineData("/api/v1/items?q=%FF%FE", 400, "bad_request")]
    [InlineData("/api/v1/items?q=", 200, null)]
    [InlineData("/api/v1/items?q=%21%21%21", 400, "bad_query")]
    [InlineData("/api/v1/items?q=%3B%20DROP%20TABLE%20publications", 200, null)]
    [InlineData("/api/v1/items?q=%E4%B8%93%E5%88%A9%3A*%20%26%20!%7C", 200, null)]
    [InlineData("/api/v1/items?topic=%00", 400, "bad_request")]
    [InlineData("/api/v1/items?topic=" + "%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93%E5%88%A9%E4%B8%93", 400, "bad_topic")]
    [InlineData("/api/v1/items/999999", 404, "not_found")]
    [InlineData("/api/v1/items/abc", 404, "not_found")]
    [InlineData("/api/v1/no/such/thing", 404, "not_found")]
    public async Task Bad_requests_get_a_JSON_error_never_a_500(string url, int expected, string? code)
    {
        var (status, json, _) = await GetAsync(url);
        Assert.Equal(expected, (int)status);
        if (code is not null)
        {
            Assert.Equal(code, json.GetProperty("error").GetProperty("code").GetString());
            Assert.Equal(expected, json.GetProperty("error").GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(json.GetProperty("error").GetProperty("message").GetString()));
        }
    }

    [Fact]
    public async Task A_huge_limit_is_capped_and_a_megabyte_query_is_refused()
    {
        var (_, json, _) = await GetAsync("/api/v1/items?limit=100000");
        Assert.Equal(100, json.GetProperty("limit").GetInt32());
        var (status, error, _) = await GetAsync("/api/v1/items?q=" + new string('x', 1_000_000));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("bad_query", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Columns_and_departments_are_listed()
    {
        var columns = (await GetAsync("/api/v1/columns")).Json.GetProperty("columns").EnumerateArray().ToList();
        var notices = columns.Single(c => c.GetProperty("slug").GetString() == "notices");
        Assert.Equal("通知公告", notices.GetProperty("name").GetString());
        Assert.EndsWith("/feeds/notices.xml", notices.GetProperty("feed_url").GetString());
        Assert.True(notices.GetProperty("item_count").GetInt32() >= 4);
        var departments = (await GetAsync("/api/v1/departments")).Json.GetProperty("departments").EnumerateArray();
        Assert.Contains(departments, d => d.GetProperty("code").GetString() == "zlgl");
    }
}
