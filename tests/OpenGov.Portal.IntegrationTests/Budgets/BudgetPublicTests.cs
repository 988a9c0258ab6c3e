using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Budgets;

public sealed partial class BudgetPublicTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_list_shows_the_published_demo_budgets_and_final_accounts()
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/budgets");
        var links = doc.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/budgets/2013", links);
        Assert.Contains("/budgets/2012", links);
        Assert.Contains("/budgets/2012/final", links);
        Assert.Contains("演示数据", doc.QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task Every_table_is_accessible_with_units_right_aligned_numbers_and_a_chart()
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/budgets/2013");
        var tables = doc.QuerySelectorAll("table.budget-table");
        Assert.Equal(BudgetSchemas.All.Count, tables.Length);
        foreach (var table in tables)
        {
            Assert.Contains("单位:万元", table.QuerySelector("caption")!.TextContent);
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.NotEmpty(table.QuerySelectorAll("tbody th[scope=row]"));
            Assert.All(table.QuerySelectorAll("td.num"), td => Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{2}$", td.TextContent));
        }
        Assert.Contains(doc.QuerySelectorAll("td.num"), td => td.TextContent.Contains(','));
        Assert.Contains("情况说明", doc.QuerySelector("#explanation-h")!.TextContent);
        Assert.Contains("演示数据", doc.QuerySelector("main")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Charts_are_inline_SVG_that_parse_as_XML_with_a_title_and_point_to_their_table()
    {
        var html = await factory.CreateAnonymousClient().GetStringAsync("/budgets/2013");
        var svgs = SvgElements().Matches(html).Select(m => XDocument.Parse(m.Value)).ToList();
        Assert.Equal(BudgetSchemas.All.Count, svgs.Count);
        XNamespace ns = "http://www.w3.org/2000/svg";
        foreach (var svg in svgs)
        {
            Assert.Equal("img", (string?)svg.Root!.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.Root.Element(ns + "title")?.Value));
            Assert.Contains("数据见下方", svg.Root.Element(ns + "desc")!.Value);
        }
        Assert.Contains(svgs, s => s.Root!.Element(ns + "title")!.Value == "2013年一般公共预算支出表:按功能分类(类)(万元)");
        Assert.Contains(svgs, s => s.Root!.Element(ns + "title")!.Value == "“三公”经费:2012年与2013年对比(万元)");
        Assert.Contains(svgs, s => s.Root!.Element(ns + "title")!.Value == "2013年基本支出与项目支出(万元)");
    }

    [Fact]
    public async Task CSV_and_JSON_downloads_hold_the_figures_of_the_HTML_tables()
    {
        var client = factory.CreateAnonymousClient();
        var doc = await client.GetDocumentAsync("/budgets/2013");
        foreach (var schema in BudgetSchemas.All)
        {
            var html = HtmlRows(doc.QuerySelector($"#table-{schema.Slug}")!, schema.AmountColumns.Count);

            var csvResponse = await client.GetAsync($"/budgets/2013/budget/{schema.Slug}.csv");
            Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
            var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var csv = CsvSheetReader.Read(schema.Title, bytes);
            Assert.Equal(schema.Headers, csv.Rows[0].Cells);
            var csvRows = csv.Rows.Skip(1).Where(r => !r.IsBlank)
                .Select(r => r.Cells.Skip(schema.KeyColumns.Count).Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToList();
            Assert.Equal(html.Count, csvRows.Count);
            for (var i = 0; i < html.Count; i++) Assert.Equal(html[i], csvRows[i]);

            var json = JsonDocument.Parse(await client.GetStringAsync($"/budgets/2013/budget/{schema.Slug}.json")).RootElement;
            Assert.Equal(schema.Title, json.GetProperty("title").GetString());
            Assert.Equal("万元", json.GetProperty("unit").GetString());
            var jsonRows = json.GetProperty("rows").EnumerateArray().Concat(json.GetProperty("totals").EnumerateArray())
                .Select(r => schema.AmountColumns.Select(c => r.GetProperty("amounts").GetProperty(c).GetDecimal()).ToArray()).ToList();
            Assert.Equal(html.Count, jsonRows.Count);
            for (var i = 0; i < html.Count; i++) Assert.Equal(html[i], jsonRows[i]);
        }
    }

    static List<decimal[]> HtmlRows(IElement table, int width) =>
        table.QuerySelectorAll("tbody tr, tfoot tr")
            .Select(tr => tr.QuerySelectorAll("td.num").Select(td => decimal.Parse(td.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture)).ToArray())
            .Where(a => a.Length == width).ToList();

    [Fact]
    public async Task A_downloaded_CSV_imports_again_unchanged()
    {
        var bytes = await factory.CreateAnonymousClient().GetByteArrayAsync("/budgets/2012/final/function.csv");
        var import = BudgetFileReader.Read("function.csv", bytes, null);
        Assert.True(import.IsValid, string.Join("; ", import.Problems));
    }

    [Fact]
    public async Task The_API_lists_published_budgets_and_serves_all_tables()
    {
        var client = factory.CreateAnonymousClient();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/budgets")).RootElement.GetProperty("budgets").EnumerateArray().ToList();
        Assert.Contains(list, b => b.GetProperty("year").GetInt32() == 2013 && b.GetProperty("kind").GetString() == "budget"
            && b.GetProperty("api").GetString() == "/api/v1/budgets/2013/budget");
        Assert.Contains(list, b => b.GetProperty("year").GetInt32() == 2012 && b.GetProperty("kind").GetString() == "final");

        var budget = JsonDocument.Parse(await client.GetStringAsync("/api/v1/budgets/2013/budget")).RootElement;
        Assert.Equal(BudgetSchemas.All.Select(s => s.Slug), budget.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("table").GetString()));
        Assert.Contains("演示数据", budget.GetProperty("explanation").GetString());
        var function = budget.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "function");
        var single = JsonDocument.Parse(await client.GetStringAsync("/budgets/2013/budget/function.json")).RootElement;
        Assert.Equal(single.GetProperty("totals").GetRawText(), function.GetProperty("totals").GetRawText());
    }

    [Fact]
    public async Task The_comparison_shows_change_and_percent_for_two_published_years()
    {
        var client = factory.CreateAnonymousClient();
        static decimal Total(JsonElement table, string column) => table.GetProperty("totals")[0].GetProperty("amounts").GetProperty(column).GetDecimal();
        var from = Total(JsonDocument.Parse(await client.GetStringAsync("/budgets/2012/budget/function.json")).RootElement, "合计");
        var to = Total(JsonDocument.Parse(await client.GetStringAsync("/budgets/2013/budget/function.json")).RootElement, "合计");

        var doc = await client.GetDocumentAsync("/budgets/compare?from=2012&to=2013");
        var total = doc.QuerySelectorAll("#compare-function tbody tr.total td").Select(td => td.TextContent).ToArray();
        Assert.Equal(from.ToString("#,##0.00", CultureInfo.InvariantCulture), total[0]);
        Assert.Equal(to.ToString("#,##0.00", CultureInfo.InvariantCulture), total[1]);
        Assert.Equal("+" + (to - from).ToString("#,##0.00", CultureInfo.InvariantCulture), total[2]);
        Assert.Equal("+" + Math.Round((to - from) / from * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%", total[3]);

        // 公务用车购置费 is 0 in both years: no percentage, shown as a dash.
        var purchase = doc.QuerySelectorAll("#compare-three-public tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == ThreePublicItems.VehiclePurchase);
        Assert.Equal(["0.00", "0.00", "0.00", "—"], purchase.QuerySelectorAll("td").Select(td => td.TextContent));
        var reception = doc.QuerySelectorAll("#compare-three-public tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == ThreePublicItems.Reception);
        Assert.Equal(["14.50", "11.00", "-3.50", "-24.14%"], reception.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Theory]
    [InlineData("/budgets/compare?from=2011&to=2013", 404, "未找到2011年已公开的部门预算")]
    [InlineData("/budgets/compare?from=2013&to=2013", 200, "请选择两个不同的年度")]
    [InlineData("/budgets/compare?from=abc&to=2013", 200, "请选择两个年度进行对比")]
    public async Task The_comparison_explains_what_it_cannot_compare(string url, int status, string message)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).QuerySelector(".notice")!.TextContent);
    }

    [Theory]
    [InlineData("/budgets/2011")]
    [InlineData("/budgets/2013/final")]
    [InlineData("/budgets/2013/other")]
    [InlineData("/budgets/2013/budget/nope.csv")]
    [InlineData("/budgets/2013/budget/function.xml")]
    [InlineData("/budgets/2011/budget/function.csv")]
    [InlineData("/api/v1/budgets/2011/budget")]
    [InlineData("/api/v1/budgets/2013/nope")]
    public async Task Unknown_years_kinds_tables_and_formats_answer_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync(url)).StatusCode);

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElements();
}
