using System.Globalization;
using System.Text;
using System.Xml;
using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server: no JavaScript, no fonts or scripts
/// fetched. Written with an XmlWriter so the output is always well-formed and every label escaped.
/// role="img" with a title and description; the data table next to it is the text alternative.
/// </summary>
public static class BarChartSvg
{
    const int Width = 720, LabelWidth = 210, ValueWidth = 110, BarHeight = 16, BarGap = 4, GroupGap = 12, LegendHeight = 26, LabelChars = 14;
    const string Ns = "http://www.w3.org/2000/svg";
    static readonly string[] Colours = ["#a4161a", "#0b4f9c", "#1e6b2e", "#7a4f00"];

    public static string Render(BarChart chart)
    {
        var series = Math.Max(1, chart.Series.Count);
        var groupHeight = series * (BarHeight + BarGap) + GroupGap;
        var top = chart.Series.Count > 1 ? LegendHeight : 6;
        var height = top + Math.Max(1, chart.Groups.Count) * groupHeight;
        var max = chart.Groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
        var barArea = Width - LabelWidth - ValueWidth - 10;

        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            w.WriteStartElement("svg", Ns);
            w.WriteAttributeString("class", "chart");
            w.WriteAttributeString("viewBox", $"0 0 {Width} {N(height)}");
            w.WriteAttributeString("width", "100%");
            w.WriteAttributeString("role", "img");
            w.WriteAttributeString("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc");
            w.WriteAttributeString("font-family", "sans-serif");
            w.WriteAttributeString("font-size", "13");
            w.WriteStartElement("title", Ns);
            w.WriteAttributeString("id", chart.Id + "-title");
            w.WriteString(chart.Title);
            w.WriteEndElement();
            w.WriteStartElement("desc", Ns);
            w.WriteAttributeString("id", chart.Id + "-desc");
            w.WriteString(chart.Description);
            w.WriteEndElement();

            if (chart.Series.Count > 1)
            {
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var x = LabelWidth + s * 150;
                    Rect(w, x, 6, 14, 14, Colours[s % Colours.Length]);
                    Text(w, x + 20, 18, chart.Series[s], null);
                }
            }

            for (var g = 0; g < chart.Groups.Count; g++)
            {
                var group = chart.Groups[g];
                var y = top + g * groupHeight;
                var label = group.Label.Length > LabelChars ? group.Label[..LabelChars] + "…" : group.Label;
                Text(w, LabelWidth - 8, y + series * (BarHeight + BarGap) / 2 + 4, label, "end");
                for (var s = 0; s < group.Values.Count && s < series; s++)
                {
                    var value = group.Values[s];
                    var length = max > 0 && value > 0 ? (double)(value / max) * barArea : 0;
                    var by = y + s * (BarHeight + BarGap);
                    Rect(w, LabelWidth, by, Math.Max(length, value > 0 ? 1 : 0), BarHeight, Colours[s % Colours.Length]);
                    Text(w, LabelWidth + length + 6, by + BarHeight - 3, Money.Format(value), null);
                }
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    static void Rect(XmlWriter w, double x, double y, double width, double height, string fill)
    {
        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("width", N(width));
        w.WriteAttributeString("height", N(height));
        w.WriteAttributeString("fill", fill);
        w.WriteEndElement();
    }

    static void Text(XmlWriter w, double x, double y, string text, string? anchor)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        if (anchor is not null) w.WriteAttributeString("text-anchor", anchor);
        w.WriteAttributeString("fill", "#1f1f1f");
        w.WriteString(text);
        w.WriteEndElement();
    }

    static string N(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
}
