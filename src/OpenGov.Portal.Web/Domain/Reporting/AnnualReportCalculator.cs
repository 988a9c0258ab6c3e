using System.Globalization;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Domain.Reporting;

/// <summary>
/// Builds the tables of the annual government-information-openness report in the structure of the national
/// template (国办公开办函〔2021〕30号) from the portal's figures, the counted applications and the cells staff entered.
/// Pure: no database, no clock.
/// </summary>
public static class AnnualReportCalculator
{
    public const string ReceivedRow = "received", CarriedOverRow = "carried-over", HandledRow = "handled", CarriedForwardRow = "carried-forward";
    public const string TotalColumn = "Total";

    static readonly string[] ReviewGroups = ["reconsideration", "litigation-direct", "litigation-after"];
    static readonly string[] ReviewResults = ["upheld", "corrected", "other", "pending"];
    static readonly string[] ReviewResultNames = ["结果维持", "结果纠正", "其他结果", "尚未审结"];
    static readonly string[] ReviewGroupNames = ["行政复议", "行政诉讼(未经复议直接起诉)", "行政诉讼(复议后起诉)"];

    /// <summary>Staff-entered cells of table 二 (规章, decisions, fees) and table 四; every other cell is counted.</summary>
    public static IReadOnlyList<(string Key, string Label)> EnteredCells { get; } = BuildEnteredCells(); // after the arrays it reads

    /// <summary>The counted cells of table 三, keyed "apps.{row}.{column}" (rows: received, carried-over, each outcome, carried-forward).</summary>
    public static Dictionary<string, int> ApplicationCells(DisclosureCounts counts)
    {
        var cells = new Dictionary<string, int>();
        foreach (var column in DisclosureCounts.Columns)
        {
            cells[AppKey(ReceivedRow, column)] = counts.Received.GetValueOrDefault(column);
            cells[AppKey(CarriedOverRow, column)] = counts.CarriedOver.GetValueOrDefault(column);
            foreach (var outcome in Enum.GetValues<DisclosureOutcome>()) cells[AppKey(outcome.ToString(), column)] = counts.Count(outcome, column);
            cells[AppKey(CarriedForwardRow, column)] = counts.CarriedForward.GetValueOrDefault(column);
        }
        return cells;
    }

    public static string AppKey(string row, ApplicantColumn column) => $"apps.{row}.{column}";

    public static string AppKey(string row, string column) => $"apps.{row}.{column}";

    public static IReadOnlyList<ReportTable> Tables(AnnualReportData data) =>
        [.. ProactiveTables(data), ApplicationTable(data), ReviewTable(data)];

    /// <summary>The template's cross-check: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, overall and per applicant column. Null when it holds.</summary>
    public static string? CrossCheckProblem(AnnualReportData data)
    {
        var columns = DisclosureCounts.Columns.Select(c => c.ToString()).Append(TotalColumn);
        var table = ApplicationTable(data);
        foreach (var column in columns)
        {
            var received = table.Find(AppKey(ReceivedRow, column))!.Value;
            var carriedOver = table.Find(AppKey(CarriedOverRow, column))!.Value;
            var handled = table.Find(AppKey(HandledRow, column))!.Value;
            var carriedForward = table.Find(AppKey(CarriedForwardRow, column))!.Value;
            if (received + carriedOver != handled + carriedForward)
            {
                var name = column == TotalColumn ? "总计" : DisclosureOutcomes.NameOf(Enum.Parse<ApplicantColumn>(column));
                return $"核对不一致({name}):本年新收 {N(received)} 件 + 上年结转 {N(carriedOver)} 件 ≠ 办理结果总计 {N(handled)} 件 + 结转下年度继续办理 {N(carriedForward)} 件";
            }
        }
        return null;
    }

    /// <summary>The prefilled 一、总体情况 paragraph with the year's key figures.</summary>
    public static string OverallText(AnnualReportData data)
    {
        var f = data.Figures;
        var received = Sum(data, ReceivedRow);
        var carriedOver = Sum(data, CarriedOverRow);
        var handled = DisclosureCounts.Columns.Sum(c => Enum.GetValues<DisclosureOutcome>().Sum(o => data.ApplicationCells.GetValueOrDefault(AppKey(o.ToString(), c))));
        return string.Create(CultureInfo.InvariantCulture,
            $"{data.Year}年,本机关认真贯彻落实《中华人民共和国政府信息公开条例》,在门户网站主动公开政府信息{f.ItemsPublished}条,"
            + $"新增政府信息公开目录条目{f.CatalogueEntries}条;收到政府信息公开申请{received}件,上年结转{carriedOver}件,本年办结{handled}件;"
            + $"收到网民留言{f.FeedbackReceived}件,答复{f.FeedbackReplied}件。");
    }

    static IEnumerable<ReportTable> ProactiveTables(AnnualReportData d)
    {
        var f = d.Figures;
        yield return new("proactive-documents", "二、主动公开政府信息情况 — 第二十条第(一)项", "信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"],
        [
            new("规章", [E(d, "proactive.rules.issued"), E(d, "proactive.rules.repealed"), E(d, "proactive.rules.in-force")]),
            new("行政规范性文件", [new("proactive.normative.issued", f.NormativeIssued), new("proactive.normative.repealed", f.NormativeRepealed),
                new("proactive.normative.in-force", f.NormativeInForce)]),
        ]);
        yield return new("proactive-licensing", "二、主动公开政府信息情况 — 第二十条第(五)项", "信息内容", ["本年处理决定数量"],
            [new("行政许可", [E(d, "proactive.licensing")])]);
        yield return new("proactive-penalties", "二、主动公开政府信息情况 — 第二十条第(六)项", "信息内容", ["本年处理决定数量"],
            [new("行政处罚", [E(d, "proactive.penalty")]), new("行政强制", [E(d, "proactive.enforcement")])]);
        yield return new("proactive-fees", "二、主动公开政府信息情况 — 第二十条第(八)项", "信息内容", ["本年收费金额(单位:万元)"],
            [new("行政事业性收费", [E(d, "proactive.fees")])]);
    }

    static ReportTable ApplicationTable(AnnualReportData d)
    {
        var columns = DisclosureCounts.Columns;
        ReportRow Counted(string label, string row, int level = 0)
        {
            var cells = columns.Select(c => new ReportCell(AppKey(row, c), d.ApplicationCells.GetValueOrDefault(AppKey(row, c)))).ToList();
            cells.Add(new(AppKey(row, TotalColumn), cells.Sum(c => c.Value), Total: true));
            return new(label, cells, level);
        }
        ReportRow Outcome(DisclosureOutcome o, int level) => Counted(DisclosureOutcomes.ReasonOf(o), o.ToString(), level);

        var rows = new List<ReportRow>
        {
            Counted("一、本年新收政府信息公开申请数量", ReceivedRow),
            Counted("二、上年结转政府信息公开申请数量", CarriedOverRow),
            new("三、本年度办理结果", []),
            Counted("(一)予以公开", nameof(DisclosureOutcome.Disclosed), 1),
            Counted("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", nameof(DisclosureOutcome.PartiallyDisclosed), 1),
        };
        var groups = new (string Label, OutcomeCategory Category)[]
        {
            ("(三)不予公开", OutcomeCategory.Refused), ("(四)无法提供", OutcomeCategory.UnableToProvide),
            ("(五)不予处理", OutcomeCategory.NotProcessed), ("(六)其他处理", OutcomeCategory.OtherHandling),
        };
        foreach (var (label, category) in groups)
        {
            rows.Add(new(label, [], 1));
            rows.AddRange(Enum.GetValues<DisclosureOutcome>().Where(o => DisclosureOutcomes.CategoryOf(o) == category).Select(o => Outcome(o, 2)));
        }
        var handledCells = columns.Select(c => new ReportCell(AppKey(HandledRow, c),
            Enum.GetValues<DisclosureOutcome>().Sum(o => d.ApplicationCells.GetValueOrDefault(AppKey(o.ToString(), c))), Total: true)).ToList();
        handledCells.Add(new(AppKey(HandledRow, TotalColumn), handledCells.Sum(c => c.Value), Total: true));
        rows.Add(new("(七)总计", handledCells, 1));
        rows.Add(Counted("四、结转下年度继续办理", CarriedForwardRow));

        var headers = columns.Select(DisclosureOutcomes.NameOf).Append("总计").ToList();
        return new("applications", "三、收到和处理政府信息公开申请情况", "申请人情况", headers, rows,
            [("自然人", 1), ("法人或其他组织", 5), ("总计", 1)]);
    }

    static ReportTable ReviewTable(AnnualReportData d)
    {
        var cells = new List<ReportCell>();
        var headers = new List<string>();
        foreach (var group in ReviewGroups)
        {
            var values = ReviewResults.Select(r => E(d, $"review.{group}.{r}")).ToList();
            cells.AddRange(values);
            cells.Add(new($"review.{group}.total", values.Sum(v => v.Value), Total: true));
            headers.AddRange(ReviewResultNames.Append("总计"));
        }
        return new("review", "四、政府信息公开行政复议、行政诉讼情况", "", headers, [new("件数", cells)],
            [("行政复议", 5), ("行政诉讼 — 未经复议直接起诉", 5), ("行政诉讼 — 复议后起诉", 5)]);
    }

    static List<(string, string)> BuildEnteredCells()
    {
        var list = new List<(string, string)>
        {
            ("proactive.rules.issued", "规章 — 本年制发件数"), ("proactive.rules.repealed", "规章 — 本年废止件数"),
            ("proactive.rules.in-force", "规章 — 现行有效件数"), ("proactive.licensing", "行政许可 — 本年处理决定数量"),
            ("proactive.penalty", "行政处罚 — 本年处理决定数量"), ("proactive.enforcement", "行政强制 — 本年处理决定数量"),
            ("proactive.fees", "行政事业性收费 — 本年收费金额(万元)"),
        };
        for (var g = 0; g < ReviewGroups.Length; g++)
            for (var r = 0; r < ReviewResults.Length; r++)
                list.Add(($"review.{ReviewGroups[g]}.{ReviewResults[r]}", $"{ReviewGroupNames[g]} — {ReviewResultNames[r]}"));
        return list;
    }

    static ReportCell E(AnnualReportData d, string key) => new(key, d.Entered.GetValueOrDefault(key), Entered: true);

    static int Sum(AnnualReportData d, string row) => DisclosureCounts.Columns.Sum(c => d.ApplicationCells.GetValueOrDefault(AppKey(row, c)));

    static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
