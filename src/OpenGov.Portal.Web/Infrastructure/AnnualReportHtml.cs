using System.Net;
using System.Text;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Infrastructure;

/// <summary>The whole report as HTML in the template's order (text 一, tables 二–四, texts 五 and 六): the edition's body.</summary>
public static class AnnualReportHtml
{
    public static string Body(AnnualReportData data, ReportTexts texts, Func<ReportCell, string?>? link = null, Func<ReportTable, string?>? csv = null)
    {
        var tables = AnnualReportCalculator.Tables(data);
        var sb = new StringBuilder();
        Section(sb, "一、总体情况", texts.Overall);
        sb.Append("<h2>二、主动公开政府信息情况</h2>");
        foreach (var t in tables.Where(t => t.Key.StartsWith("proactive", StringComparison.Ordinal))) sb.Append(ReportTableHtml.Render(t, link, csv?.Invoke(t)));
        sb.Append("<h2>三、收到和处理政府信息公开申请情况</h2>");
        sb.Append(ReportTableHtml.Render(tables.Single(t => t.Key == "applications"), link, csv?.Invoke(tables.Single(t => t.Key == "applications"))));
        sb.Append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>");
        sb.Append(ReportTableHtml.Render(tables.Single(t => t.Key == "review"), link, csv?.Invoke(tables.Single(t => t.Key == "review"))));
        Section(sb, "五、存在的主要问题及改进情况", texts.Problems);
        Section(sb, "六、其他需要报告的事项", texts.Other);
        return sb.ToString();
    }

    static void Section(StringBuilder sb, string heading, string text)
    {
        sb.Append("<h2>").Append(heading).Append("</h2>");
        foreach (var p in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            sb.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
    }
}
