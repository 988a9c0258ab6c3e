using System.Globalization;
using System.Text;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;
using static OpenGov.Portal.Domain.Reporting.AnnualReportCalculator;

namespace OpenGov.Portal.UnitTests.Reporting;

public sealed class AnnualReportCalculatorTests
{
    static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static readonly DisclosureCounts.Row[] Rows =
    [
        new(1, ApplicantColumn.NaturalPerson, D("2024-12-20"), D("2025-01-10"), DisclosureOutcome.Disclosed, D("2025-01-20")),
        new(2, ApplicantColumn.NaturalPerson, D("2025-03-01"), D("2025-03-10"), DisclosureOutcome.RefusedStateSecret, D("2025-03-28")),
        new(3, ApplicantColumn.Commercial, D("2025-05-01"), D("2025-07-01"), DisclosureOutcome.PartiallyDisclosed, D("2025-06-01")),
        new(4, ApplicantColumn.LegalService, D("2025-12-20"), null, null, null),
        new(5, ApplicantColumn.Research, D("2024-06-01"), D("2024-06-10"), DisclosureOutcome.Disclosed, D("2024-06-28")),
        new(6, ApplicantColumn.Other, D("2025-02-01"), D("2025-02-05"), DisclosureOutcome.OtherOther, D("2025-03-01")),
        new(7, ApplicantColumn.NaturalPerson, D("2026-01-02"), null, null, null),
    ];

    static readonly PortalFigures Figures = new(NormativeIssued: 3, NormativeRepealed: 1, NormativeInForce: 12, ItemsPublished: 40,
        CatalogueEntries: 38, FeedbackReceived: 9, FeedbackReplied: 7);

    static AnnualReportData Data(IReadOnlyDictionary<string, decimal>? entered = null) =>
        new(2025, Figures, ApplicationCells(DisclosureCounts.Build(Rows, D("2025-01-01"), D("2025-12-31"))),
            entered ?? new Dictionary<string, decimal>());

    static ReportTable Table(AnnualReportData data, string key) => Tables(data).Single(t => t.Key == key);

    [Fact]
    public void Application_table_has_every_cell_including_totals_and_carried_over_across_the_year_boundary()
    {
        var expected = new Dictionary<string, decimal>
        {
            ["apps.received.NaturalPerson"] = 1, ["apps.received.Commercial"] = 1, ["apps.received.LegalService"] = 1, ["apps.received.Other"] = 1,
            ["apps.received.Total"] = 4,
            ["apps.carried-over.NaturalPerson"] = 1, ["apps.carried-over.Total"] = 1,
            ["apps.Disclosed.NaturalPerson"] = 1, ["apps.Disclosed.Total"] = 1,
            ["apps.PartiallyDisclosed.Commercial"] = 1, ["apps.PartiallyDisclosed.Total"] = 1,
            ["apps.RefusedStateSecret.NaturalPerson"] = 1, ["apps.RefusedStateSecret.Total"] = 1,
            ["apps.OtherOther.Other"] = 1, ["apps.OtherOther.Total"] = 1,
            ["apps.handled.NaturalPerson"] = 2, ["apps.handled.Commercial"] = 1, ["apps.handled.Other"] = 1, ["apps.handled.Total"] = 4,
            ["apps.carried-forward.LegalService"] = 1, ["apps.carried-forward.Total"] = 1,
        };
        var table = Table(Data(), "applications");
        var cells = table.Rows.SelectMany(r => r.Cells).ToList();

        // 2 + 2 + 8 + 3 + 5 + 3 outcome rows, plus received, carried over, 总计 and carried forward; 7 columns each.
        Assert.Equal(25 * 7, cells.Count);
        Assert.Equal(cells.Count, cells.Select(c => c.Key).Distinct().Count());
        foreach (var cell in cells) Assert.True(expected.GetValueOrDefault(cell.Key) == cell.Value, $"{cell.Key}: {cell.Value}");
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], table.Columns);
        Assert.Null(CrossCheckProblem(Data()));
    }

    [Fact]
    public void Application_rows_follow_the_template_order()
    {
        var labels = Table(Data(), "applications").Rows.Select(r => r.Label).ToList();
        Assert.Equal("一、本年新收政府信息公开申请数量", labels[0]);
        Assert.Equal("二、上年结转政府信息公开申请数量", labels[1]);
        Assert.Equal("三、本年度办理结果", labels[2]);
        Assert.Equal("(三)不予公开", labels[5]);
        Assert.Equal("1.属于国家秘密", labels[6]);
        Assert.Equal("(七)总计", labels[^2]);
        Assert.Equal("四、结转下年度继续办理", labels[^1]);
    }

    [Fact]
    public void Cross_check_failure_names_the_column_and_the_figures()
    {
        var data = Data();
        var broken = new Dictionary<string, int>(data.ApplicationCells) { ["apps.carried-forward.LegalService"] = 0 };
        var problem = CrossCheckProblem(data with { ApplicationCells = broken });
        Assert.Equal("核对不一致(法律服务机构):本年新收 1 件 + 上年结转 0 件 ≠ 办理结果总计 0 件 + 结转下年度继续办理 0 件", problem);
    }

    [Fact]
    public void Proactive_tables_take_portal_counts_and_staff_entries()
    {
        var data = Data(new Dictionary<string, decimal> { ["proactive.licensing"] = 120, ["proactive.fees"] = 35.5m, ["proactive.rules.in-force"] = 2 });
        var docs = Table(data, "proactive-documents");
        Assert.Equal([0, 0, 2], docs.Rows[0].Cells.Select(c => c.Value));
        Assert.All(docs.Rows[0].Cells, c => Assert.True(c.Entered));
        Assert.Equal([3, 1, 12], docs.Rows[1].Cells.Select(c => c.Value));
        Assert.All(docs.Rows[1].Cells, c => Assert.False(c.Entered));
        Assert.Equal(120, Table(data, "proactive-licensing").Rows[0].Cells[0].Value);
        Assert.Equal([0, 0], Table(data, "proactive-penalties").Rows.Select(r => r.Cells[0].Value));
        Assert.Equal(35.5m, Table(data, "proactive-fees").Rows[0].Cells[0].Value);
    }

    [Fact]
    public void Review_table_totals_each_group()
    {
        var data = Data(new Dictionary<string, decimal>
        {
            ["review.reconsideration.upheld"] = 2, ["review.reconsideration.corrected"] = 1, ["review.reconsideration.pending"] = 1,
            ["review.litigation-direct.other"] = 1, ["review.litigation-after.upheld"] = 3,
        });
        var cells = Table(data, "review").Rows.Single().Cells.Select(c => c.Value).ToList();
        Assert.Equal([2, 1, 0, 1, 4, 0, 0, 1, 0, 1, 3, 0, 0, 0, 3], cells);
        Assert.Equal(15, Table(data, "review").Columns.Count);
        Assert.Equal(7 + 12, EnteredCells.Count);
    }

    [Fact]
    public void Overall_text_states_the_years_key_figures()
    {
        var text = OverallText(Data());
        Assert.Contains("主动公开政府信息40条", text, StringComparison.Ordinal);
        Assert.Contains("新增政府信息公开目录条目38条", text, StringComparison.Ordinal);
        Assert.Contains("收到政府信息公开申请4件,上年结转1件,本年办结4件", text, StringComparison.Ordinal);
        Assert.Contains("收到网民留言9件,答复7件", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_bom_grouped_headers_and_one_line_per_row()
    {
        var bytes = TableCsv.Write(Table(Data(), "applications"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(31, lines.Length); // header + 25 counted rows + 5 heading rows
        Assert.Equal("\"申请人情况\",\"自然人\",\"法人或其他组织 — 商业企业\",\"法人或其他组织 — 科研机构\",\"法人或其他组织 — 社会公益组织\",\"法人或其他组织 — 法律服务机构\",\"法人或其他组织 — 其他\",\"总计\"", lines[0]);
        Assert.Equal("\"一、本年新收政府信息公开申请数量\",\"1\",\"1\",\"0\",\"0\",\"1\",\"1\",\"4\"", lines[1]);
    }

    [Fact]
    public void Html_table_has_caption_and_scoped_headers()
    {
        var html = ReportTableHtml.Render(Table(Data(), "applications"));
        Assert.Contains("<caption>三、收到和处理政府信息公开申请情况", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"level-0\">一、本年新收政府信息公开申请数量</th>", html, StringComparison.Ordinal);
    }
}
