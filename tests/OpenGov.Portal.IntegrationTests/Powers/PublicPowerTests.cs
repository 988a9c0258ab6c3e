using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Powers;

public sealed class PublicPowerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    static List<string> Codes(AngleSharp.Dom.IDocument doc) => doc.QuerySelectorAll("table.power-list td.code").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_list_shows_the_published_demo_powers_by_category()
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync("/powers");
        var codes = Codes(doc);
        foreach (var seed in DemoPowerCatalogue.All) Assert.Contains(seed.Details.Code, codes);
        Assert.Equal("XK-001", codes[0]);   // 行政许可 comes first
        Assert.NotNull(doc.QuerySelector("a[href='/powers/CF-001']"));
        Assert.Contains("行政处罚(1)", doc.QuerySelector("select#category")!.TextContent);
    }

    [Fact]
    public async Task The_list_filters_by_category_office_and_search()
    {
        var client = factory.CreateAnonymousClient();
        Assert.Equal(["CF-001"], Codes(await client.GetDocumentAsync("/powers?category=Penalty")));
        var legal = Codes(await client.GetDocumentAsync("/powers?office=fzc"));
        Assert.Equal(["CF-001", "JC-001", "CJ-001"], legal);
        Assert.Equal(["CJ-001"], Codes(await client.GetDocumentAsync("/powers?q=" + Uri.EscapeDataString("侵权纠纷"))));
        Assert.Equal(["JL-001"], Codes(await client.GetDocumentAsync("/powers?q=jl-0")));
        Assert.Equal(["JC-001"], Codes(await client.GetDocumentAsync("/powers?category=inspection&office=fzc&q=" + Uri.EscapeDataString("检查"))));

        var none = await client.GetDocumentAsync("/powers?category=Levy");
        Assert.Empty(Codes(none));
        Assert.Contains("没有符合条件的权力事项", none.QuerySelector("main")!.TextContent);
        // Nonsense filters are ignored, never an error.
        Assert.True(Codes(await client.GetDocumentAsync("/powers?category=%3Cscript%3E&office=&q=")).Count >= 5);
        Assert.True(Codes(await client.GetDocumentAsync("/powers?category=99")).Count >= 5);
        Assert.Equal("selected", (await client.GetDocumentAsync("/powers?category=Penalty")).QuerySelector("option[value=Penalty]")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task A_power_page_shows_every_field_the_flowchart_and_the_steps_in_order()
    {
        var seed = DemoPowerCatalogue.All.Single(s => s.Details.Code == "CF-001");
        var response = await factory.CreateAnonymousClient().GetAsync("/powers/CF-001");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var doc = await Html.ParseAsync(response);

        Assert.Equal("对假冒专利行为的行政处罚", doc.QuerySelector("h1")!.TextContent);
        var meta = doc.QuerySelector("table.power-meta")!.TextContent;
        foreach (var text in new[] { "CF-001", "行政处罚", "黑龙江省知识产权局", "法律事务处", seed.Details.StatutoryTimeLimit, seed.Details.PromisedTimeLimit!, "不收费", "0451-00000002(演示)", "0451-00000000(演示)" })
            Assert.Contains(text, meta);
        Assert.Matches(@"\d{4}-\d{5}", doc.QuerySelector("td.index-number")!.TextContent);
        var bases = doc.QuerySelectorAll("ol.legal-bases li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, bases.Count);
        Assert.Contains("《中华人民共和国专利法》 第六十三条", bases[0]);
        Assert.Contains("没收违法所得", bases[0]);
        Assert.Contains("追责情形", doc.QuerySelector("main")!.TextContent);
        Assert.Contains("擅自改变处罚种类、幅度的", doc.QuerySelector("main")!.TextContent);

        // The inline chart is XML (System.Xml parses it), labelled, and draws every step.
        var svgText = Regex.Match(html, "<svg[\\s\\S]*?</svg>").Value;
        var svg = XDocument.Parse(svgText).Root!;
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("对假冒专利行为的行政处罚权力运行流程图", svg.Element(Svg + "title")!.Value);
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        Assert.All(labelledBy, id => Assert.NotNull(doc.GetElementById(id)));
        var drawnKeys = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("data-key") is not null).Select(g => (string)g.Attribute("data-key")!).ToList();
        Assert.Equal(seed.Flow.Steps.Select(s => s.Key).Order(), drawnKeys.Order());
        Assert.Equal(seed.Flow.Steps.Sum(s => s.Next.Count), svg.Descendants(Svg + "path").Count(p => ((string?)p.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true));

        // The same steps in words, in order, with their branches.
        var steps = doc.QuerySelectorAll("ol.flow-steps > li").ToList();
        Assert.Equal(seed.Flow.Steps.Select(s => s.Label), steps.Select(li => li.QuerySelector(".step-label")!.TextContent));
        var hearing = steps.Single(li => li.GetAttribute("data-key") == "d3");
        Assert.Contains("要求 → 第 11 步 组织听证", hearing.TextContent);
        Assert.Contains("不要求 → 第 12 步 作出行政处罚决定", hearing.TextContent);
        Assert.Contains("办理时限:7个工作日", steps[1].TextContent + steps[2].TextContent + steps[3].TextContent + steps[4].TextContent);
        Assert.NotNull(doc.QuerySelector("a[href='/powers/CF-001/flow.svg'][download]"));
    }

    [Fact]
    public async Task The_svg_download_is_served_with_a_strict_policy_and_parses_as_xml()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/powers/XK-001/flow.svg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("sandbox", csp);
        Assert.Equal("XK-001-flowchart.svg", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", body);
        var doc = XDocument.Parse(body);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Contains(doc.Descendants(Svg + "tspan"), t => t.Value == "窗口接收申请材料");
    }

    [Fact]
    public async Task Unknown_and_unpublished_powers_are_not_found()
    {
        foreach (var status in new[] { EditionStatus.Draft, EditionStatus.Submitted, EditionStatus.Reviewed })
            await factory.CreateAsync($"WFB-{status}".ToUpperInvariant(), $"未发布事项{status}", status);
        var client = factory.CreateAnonymousClient();
        foreach (var url in new[] { "/powers/NOPE-1", "/powers/NOPE-1/flow.svg", "/powers/WFB-DRAFT", "/powers/WFB-SUBMITTED/flow.svg", "/powers/WFB-REVIEWED",
                     "/powers/%3Cscript%3E", "/powers/" + new string('A', 40) })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }
        var list = await client.GetStringAsync("/powers");
        Assert.DoesNotContain("未发布事项", list);
    }

    [Fact]
    public async Task A_lower_case_code_redirects_to_the_canonical_page()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/powers/xk-001");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/powers/XK-001", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_withdrawn_power_shows_its_notice_and_no_chart()
    {
        var edition = await factory.CreateAsync("WD-001", "将被撤回的事项");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var e = await db.Editions.Include(x => x.Publication).SingleAsync(x => x.Id == edition);
            e.Withdraw(await TestContent.ActorAsync(db, "leader", Roles.Leader), factory.Clock.GetUtcNow(), "职能调整,该事项不再实施", false);
            await db.SaveChangesAsync();
        }
        var client = factory.CreateAnonymousClient();
        var page = await client.GetAsync("/powers/WD-001");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("职能调整,该事项不再实施", html);
        Assert.DoesNotContain("<svg", html);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync("/powers/WD-001/flow.svg")).StatusCode);
        Assert.DoesNotContain("WD-001", await client.GetStringAsync("/powers"));
    }
}
