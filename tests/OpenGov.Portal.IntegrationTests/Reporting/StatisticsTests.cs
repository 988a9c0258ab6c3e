using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Reporting;

public sealed class StatisticsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static string Cell(IDocument page, string key) => page.QuerySelector($"td[data-key='{key}']")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task Statistics_for_a_date_range_count_workflow_turnaround_and_applications()
    {
        await ReportingData.BuildAsync(factory);
        var page = await factory.CreateClientAs("leader").GetDocumentAsync("/admin/statistics?from=2014-01-01&to=2014-12-31");
        Assert.Equal("2014-01-01 — 2014-12-31", page.QuerySelector("#period")!.TextContent);
        Assert.Equal("2", Cell(page, "by-department.综合协调处.drafted"));
        Assert.Equal("2", Cell(page, "by-department.综合协调处.edition.submit"));
        Assert.Equal("2", Cell(page, "by-column.政策文件.edition.publish"));
        Assert.Equal("1", Cell(page, "by-month.2014-03.edition.publish"));
        Assert.Equal("1", Cell(page, "by-month.2014-06.edition.publish"));
        Assert.Equal("100", Cell(page, "summary.adoption"));
        Assert.Equal("2", Cell(page, "summary.review-median"));
        Assert.Equal("2", Cell(page, "summary.signoff-p90"));
        Assert.Equal("1", Cell(page, "summary.catalogue"));
        Assert.Equal("1", Cell(page, "applications-outcome.Disclosed"));
        Assert.Equal("1", Cell(page, "applications-outcome.Refused"));
        Assert.Equal("2", Cell(page, "applications-applicant.NaturalPerson.carried-over")); // one is the demo's open 2012 application
        Assert.Equal("1", Cell(page, "applications-applicant.Commercial.carried-forward"));
        Assert.Equal("2", Cell(page, "applications-timeliness.on-time"));
        Assert.NotNull(page.QuerySelector("svg[role=img]"));
    }

    [Fact]
    public async Task Every_statistics_table_exports_as_csv_and_the_export_is_audited()
    {
        var leader = factory.CreateClientAs("leader");
        var page = await leader.GetDocumentAsync("/admin/statistics?from=2012-01-01&to=2012-12-31");
        var links = page.QuerySelectorAll("caption a.csv").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, links.Count);
        foreach (var link in links)
        {
            var response = await leader.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= 2);
            Assert.All(lines, l => Assert.StartsWith("\"", l, StringComparison.Ordinal));
        }
        var audited = await factory.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Action == "statistics.export"));
        Assert.Equal(7, audited);
    }

    [Fact]
    public async Task Statistics_are_refused_to_authors_and_citizens_and_a_bad_range_is_explained()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author").GetAsync("/admin/statistics")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreateAnonymousClient().GetAsync("/admin/statistics")).StatusCode);
        foreach (var who in new[] { "reviewer", "admin", "auditor" })
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientAs(who).GetAsync("/admin/statistics")).StatusCode);
        var bad = await factory.CreateClientAs("leader").GetDocumentAsync("/admin/statistics?from=2014-12-31&to=2014-01-01");
        Assert.Equal("开始日期不能晚于结束日期", bad.QuerySelector("#range-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClientAs("leader").GetAsync("/admin/statistics/summary.csv?from=x&to=y")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("leader").GetAsync("/admin/statistics/nope.csv")).StatusCode);
    }

    [Fact]
    public async Task The_public_data_page_shows_aggregates_without_personal_data()
    {
        var citizen = factory.CreateAnonymousClient();
        var response = await citizen.GetAsync("/zwgk/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var personal in new[] { "冯演示", "陈演示", "23010219800101001", "applicant@example.com", "13900000000", "张明", "刘强", "王静" })
            Assert.DoesNotContain(personal, html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#table-summary"));
        Assert.Null(page.QuerySelector("#table-by-department"));
        Assert.NotNull(page.QuerySelector("a[href='/reports/2012']"));
        var csv = await citizen.GetAsync("/zwgk/data/applications-outcome.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/zwgk/data/by-department.csv")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_shows_compliance_monitors_to_oversight_roles()
    {
        var page = await factory.CreateClientAs("leader").GetDocumentAsync("/admin");
        Assert.NotNull(page.QuerySelector("#compliance-h"));
        Assert.Contains("省局动态", page.QuerySelector("#monitor-columns")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("文件缺失的已发布附件:0 个", page.QuerySelector("#monitor-attachments")!.TextContent, StringComparison.Ordinal);
        var author = await factory.CreateClientAs("author2").GetDocumentAsync("/admin");
        Assert.Null(author.QuerySelector("#compliance-h"));
    }
}
