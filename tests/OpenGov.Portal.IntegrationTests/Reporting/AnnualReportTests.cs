using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Reporting;

public sealed class AnnualReportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static decimal Cell(IDocument page, string key) =>
        decimal.Parse(page.QuerySelector($"td[data-key='{key}']")?.TextContent.Trim() ?? throw new InvalidOperationException($"no cell {key}"),
            System.Globalization.CultureInfo.InvariantCulture);

    static void AssertApplications(IDocument page, Dictionary<string, decimal> expected)
    {
        var cells = page.QuerySelectorAll("#table-applications td[data-key]").ToList();
        Assert.Equal(25 * 7, cells.Count);
        foreach (var td in cells)
        {
            var key = td.GetAttribute("data-key")!;
            Assert.True(expected.GetValueOrDefault(key).ToString(System.Globalization.CultureInfo.InvariantCulture) == td.TextContent.Trim(), $"{key} = {td.TextContent}");
        }
    }

    static readonly Dictionary<string, decimal> Expected2014 = new()
    {
        ["apps.received.NaturalPerson"] = 1, ["apps.received.Commercial"] = 1, ["apps.received.Total"] = 2,
        // The demo's application of 2012-12-27 is still open: carried over into 2014 and carried forward out of it.
        ["apps.carried-over.NaturalPerson"] = 2, ["apps.carried-over.Total"] = 2,
        ["apps.Disclosed.NaturalPerson"] = 1, ["apps.Disclosed.Total"] = 1,
        ["apps.RefusedStateSecret.NaturalPerson"] = 1, ["apps.RefusedStateSecret.Total"] = 1,
        ["apps.handled.NaturalPerson"] = 2, ["apps.handled.Total"] = 2,
        ["apps.carried-forward.NaturalPerson"] = 1, ["apps.carried-forward.Commercial"] = 1, ["apps.carried-forward.Total"] = 2,
    };

    [Fact]
    public async Task A_generated_report_is_edited_submitted_reviewed_signed_off_and_published_with_its_tables()
    {
        await ReportingData.BuildAsync(factory);
        var author = factory.CreateClientAs("author");
        var created = await author.SubmitAsync("/admin/reports", new Dictionary<string, string> { ["Year"] = "2014" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var report = await factory.ReportAsync(2014);
        Assert.Equal($"/admin/reports/{report.EditionId}", created.Headers.Location!.OriginalString);

        var draft = await author.GetDocumentAsync($"/admin/reports/{report.EditionId}");
        AssertApplications(draft, Expected2014);
        Assert.Contains("勾稽关系核对通过", draft.QuerySelector("#cross-check")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, Cell(draft, "proactive.normative.issued"));
        Assert.Equal(1, Cell(draft, "proactive.normative.repealed"));
        // In force at the end of 2014: the new one and the demo's 2012 policy documents, not the repealed one.
        var demoPolicies = await factory.WithDbAsync(db => db.Publications.CountAsync(p =>
            p.Kind == Domain.Publishing.PublicationKind.PolicyDocument && p.Title != "2014年新制发的规范性文件" && p.Title != "2013年制发、2014年废止的规范性文件"));
        Assert.Equal(1 + demoPolicies, Cell(draft, "proactive.normative.in-force"));
        Assert.Contains("主动公开政府信息2条", draft.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("收到政府信息公开申请2件,上年结转2件,本年办结2件", draft.Body!.TextContent, StringComparison.Ordinal);

        // Every counted figure links to the records it counts.
        var link = draft.QuerySelector("td[data-key='apps.carried-over.NaturalPerson'] a")!.GetAttribute("href")!;
        var records = await author.GetDocumentAsync(link);
        Assert.Equal(2, records.QuerySelectorAll("ul.records li").Length);
        var bodies = new List<string>();
        foreach (var a in records.QuerySelectorAll("ul.records a")) bodies.Add(await author.GetStringAsync(a.GetAttribute("href")!));
        Assert.Contains(bodies, b => b.Contains("跨年度申请", StringComparison.Ordinal));
        var policies = await author.GetDocumentAsync(draft.QuerySelector("td[data-key='proactive.normative.repealed'] a")!.GetAttribute("href")!);
        Assert.Contains("2014年废止", policies.QuerySelector("ul.records")!.TextContent, StringComparison.Ordinal);

        // Staff fill in their cells and text; a bad figure is refused with a Chinese message and the input kept.
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < 19; i++) fields[$"Values[{i}]"] = "0";
        fields["Values[3]"] = "120";
        fields["Values[6]"] = "3.5";
        fields["Overall"] = "2014年总体情况。";
        fields["Problems"] = "存在的问题。";
        fields["Other"] = "无。";
        var bad = new Dictionary<string, string>(fields) { ["Values[4]"] = "-1" };
        var refused = await Html.ParseAsync(await author.SubmitAsync($"/admin/reports/{report.EditionId}/edit", bad));
        Assert.Contains("“行政处罚 — 本年处理决定数量”请填写不小于 0 的数字", refused.QuerySelector("#Values_4-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("120", refused.QuerySelector("#Values_3")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/admin/reports/{report.EditionId}/edit", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/admin/reports/{report.EditionId}", [], "form[action$='/submit']")).StatusCode);

        await ReportingData.ReviewAndPublishAsync(factory, report.EditionId);

        var citizen = factory.CreateAnonymousClient();
        var page = await citizen.GetDocumentAsync("/reports/2014");
        AssertApplications(page, Expected2014);
        Assert.Equal(120, Cell(page, "proactive.licensing"));
        Assert.Equal(3.5m, Cell(page, "proactive.fees"));
        Assert.Contains("存在的问题。", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("td a")); // no back-office links in public
        Assert.Equal("三、收到和处理政府信息公开申请情况 下载CSV", page.QuerySelector("#table-applications caption")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("#table-applications th[scope=col]"));

        var csv = await citizen.GetAsync("/reports/2014/applications.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"二、上年结转政府信息公开申请数量\",\"2\",\"0\",\"0\",\"0\",\"0\",\"0\",\"2\"", lines[2]);
        Assert.Equal("\"四、结转下年度继续办理\",\"1\",\"1\",\"0\",\"0\",\"0\",\"0\",\"2\"", lines[^1]);

        // The item page of the catalogue shows the same tables.
        var item = await citizen.GetDocumentAsync(page.QuerySelector("a[href^='/items/']")!.GetAttribute("href")!);
        Assert.Equal(2, Cell(item, "apps.received.Total"));
    }

    [Fact]
    public async Task The_demo_2012_report_is_published_from_the_demo_records_with_carried_over_and_carried_forward()
    {
        var page = await factory.CreateAnonymousClient().GetDocumentAsync("/reports/2012");
        AssertApplications(page, new()
        {
            ["apps.received.NaturalPerson"] = 4, ["apps.received.Commercial"] = 1, ["apps.received.Research"] = 1,
            ["apps.received.PublicWelfare"] = 1, ["apps.received.LegalService"] = 1, ["apps.received.Total"] = 8,
            ["apps.carried-over.NaturalPerson"] = 1, ["apps.carried-over.Total"] = 1,
            ["apps.Disclosed.NaturalPerson"] = 3, ["apps.Disclosed.Total"] = 3,
            ["apps.PartiallyDisclosed.NaturalPerson"] = 1, ["apps.PartiallyDisclosed.Total"] = 1,
            ["apps.RefusedThirdPartyRights.Commercial"] = 1, ["apps.RefusedThirdPartyRights.Total"] = 1,
            ["apps.UnableNotHeld.LegalService"] = 1, ["apps.UnableNotHeld.Total"] = 1,
            ["apps.NotProcessedRepeat.Research"] = 1, ["apps.NotProcessedRepeat.Total"] = 1,
            ["apps.handled.NaturalPerson"] = 4, ["apps.handled.Commercial"] = 1, ["apps.handled.Research"] = 1, ["apps.handled.LegalService"] = 1,
            ["apps.handled.Total"] = 7,
            ["apps.carried-forward.NaturalPerson"] = 1, ["apps.carried-forward.PublicWelfare"] = 1, ["apps.carried-forward.Total"] = 2,
        });
        Assert.Contains("政府信息公开工作年度报告", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_authors_of_the_coordinating_office_generate_and_other_offices_cannot_edit()
    {
        var report = await factory.ReportAsync(2012);
        var other = factory.CreateClientAs("author2");
        var token = await other.AntiforgeryTokenAsync("/admin/powers/new");
        var generate = await other.PostAsync("/admin/reports", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Year"] = "2013" }));
        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/reports/{report.EditionId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("admin").GetAsync("/admin/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("author").GetAsync("/admin/reports/999999")).StatusCode);
        var citizen = await factory.CreateAnonymousClient().GetAsync("/admin/reports");
        Assert.NotEqual(HttpStatusCode.OK, citizen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync("/reports/1999")).StatusCode);

        // A year already reported is refused with a message, and a year out of range too.
        var author = factory.CreateClientAs("author");
        var again = await Html.ParseAsync(await author.SubmitAsync("/admin/reports", new Dictionary<string, string> { ["Year"] = "2012" }));
        Assert.Contains("2012年的年度报告已经生成", again.QuerySelector("#Year-error")!.TextContent, StringComparison.Ordinal);
        var early = await Html.ParseAsync(await author.SubmitAsync("/admin/reports", new Dictionary<string, string> { ["Year"] = "1990" }));
        Assert.Contains("报告年度须在", early.QuerySelector("#Year-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1990", early.QuerySelector("#Year")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Reviewers_see_the_tables_through_the_details_component_with_drill_down_links()
    {
        var report = await factory.ReportAsync(2012);
        var page = await factory.CreateClientAs("reviewer").GetDocumentAsync($"/admin/reports/{report.EditionId}");
        Assert.NotNull(page.QuerySelector("td[data-key='apps.received.Total'] a"));
        Assert.Null(page.QuerySelector("td[data-key='proactive.licensing'] a"));
        var csv = await factory.CreateClientAs("reviewer").GetAsync($"/admin/reports/{report.EditionId}/tables/review.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }
}
