using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// A survey question's answers as a horizontal bar chart in inline SVG, drawn on the server (no JavaScript, no CDN): one row per bar with
/// its label, the bar, and the count and share written beside it. The numbers are text, so the chart reads
/// out the same to a screen reader and prints.
/// </summary>
public static class SurveyChartSvg
{
    const int Width = 640;
    const int LabelWidth = 200;
    const int BarArea = 320;
    const int RowHeight = 30;
    const int BarHeight = 18;
    const int LabelChars = 14;

    public static IHtmlContent Render(string title, IReadOnlyList<(string Label, int Count)> bars, int answered)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 10;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Count));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count) = bars[i];
            var y = 5 + i * RowHeight;
            var w = count == 0 ? 0 : Math.Max(2, (int)Math.Round((double)count / max * BarArea));
            var share = answered == 0 ? 0 : Math.Round(100.0 * count / answered, 1);
            var shown = label.Length > LabelChars ? label[..(LabelChars - 1)] + "…" : label;
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{E(label)}:{count}({share}%)</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 4}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1f1f1f\">{E(shown)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{BarHeight}\" fill=\"#a4161a\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6}\" y=\"{y + BarHeight - 4}\" font-size=\"14\" fill=\"#1f1f1f\" class=\"bar-value\">{count}({share.ToString("0.#", CultureInfo.InvariantCulture)}%)</text>");
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
