using System.Globalization;
using System.Text;
using OpenGov.Portal.Domain.Powers.Flows;
using Point = OpenGov.Portal.Domain.Powers.Flowcharts.FlowchartLayout.Point;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Draws a flow as a self-contained SVG (docs/flowchart.md): no scripts, styles or external
/// references, only presentation attributes, so it can be inlined in a page, served under a strict
/// CSP and printed. Same flow and options, same bytes. All text is XML-escaped.
/// </summary>
public static class FlowchartRenderer
{
    /// <param name="IdPrefix">Prefix of the ids of &lt;title&gt; and &lt;desc&gt;; must be unique within a page.</param>
    /// <param name="Standalone">Adds the XML declaration, for the .svg file.</param>
    public sealed record Options(string Title, string Description, string IdPrefix = "flow", bool Standalone = false);

    const string Ink = "#1a1a1a", Line = "#333333", Muted = "#444444";
    const string Font = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
    const double ArrowLength = 9, ArrowHalfWidth = 4.5;

    public static string Render(FlowDefinition flow, Options options) => Render(FlowchartLayouter.Layout(flow), options);

    public static string Render(FlowchartLayout layout, Options options)
    {
        var svg = new StringBuilder(4096 + layout.Nodes.Count * 600);
        var id = Attr(options.IdPrefix);
        if (options.Standalone) svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\"")
           .Append($" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"flowchart\" font-family=\"{Font}\">\n")
           .Append($"<title id=\"{id}-title\">{Text(options.Title)}</title>\n")
           .Append($"<desc id=\"{id}-desc\">{Text(options.Description)}</desc>\n")
           .Append($"<rect width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\" fill=\"#ffffff\"/>\n");

        if (layout.Nodes.Count == 0)
            svg.Append($"<text x=\"{N(layout.Width / 2)}\" y=\"{N(layout.Height / 2 + 5)}\" text-anchor=\"middle\" font-size=\"14\" fill=\"{Muted}\">尚未定义流程</text>\n");

        svg.Append($"<g class=\"edges\" fill=\"none\" stroke=\"{Line}\" stroke-width=\"1.5\" stroke-linejoin=\"round\">\n");
        foreach (var e in layout.Edges) svg.Append(EdgePath(e));
        svg.Append("</g>\n").Append($"<g class=\"arrows\" fill=\"{Line}\">\n");
        foreach (var e in layout.Edges) svg.Append(Arrow(e));
        svg.Append("</g>\n").Append("<g class=\"nodes\">\n");
        foreach (var n in layout.Nodes) svg.Append(NodeShape(n));
        svg.Append("</g>\n")
           .Append($"<g class=\"edge-labels\" font-size=\"{N(FlowchartLayouter.LabelFontSize)}\" fill=\"{Ink}\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n");
        foreach (var e in layout.Edges.Where(e => e.LabelAt is not null))
            svg.Append($"<text x=\"{N(e.LabelAt!.Value.X)}\" y=\"{N(e.LabelAt.Value.Y)}\" text-anchor=\"{(e.LabelAnchorEnd ? "end" : "start")}\">{Text(e.Label)}</text>\n");
        return svg.Append("</g>\n</svg>\n").ToString();
    }

    static string EdgePath(FlowchartLayout.Edge e)
    {
        var points = e.Points.ToList();
        if (points.Count < 2) return "";
        // The line stops at the arrowhead's base so it does not show through the tip.
        var (tip, before) = (points[^1], points[^2]);
        var (dx, dy, len) = Direction(before, tip);
        if (len > ArrowLength) points[^1] = new Point(tip.X - dx * (ArrowLength - 1), tip.Y - dy * (ArrowLength - 1));
        var d = "M" + string.Join(" L", points.Select(p => $"{N(p.X)},{N(p.Y)}"));
        return $"<path class=\"edge{(e.IsBack ? " back" : "")}\" data-from=\"{Attr(e.From)}\" data-to=\"{Attr(e.To)}\" d=\"{d}\"/>\n";
    }

    static string Arrow(FlowchartLayout.Edge e)
    {
        if (e.Points.Count < 2) return "";
        var (tip, before) = (e.Points[^1], e.Points[^2]);
        var (dx, dy, _) = Direction(before, tip);
        var (bx, by) = (tip.X - dx * ArrowLength, tip.Y - dy * ArrowLength);
        var (px, py) = (-dy * ArrowHalfWidth, dx * ArrowHalfWidth);
        return $"<path d=\"M{N(tip.X)},{N(tip.Y)} L{N(bx + px)},{N(by + py)} L{N(bx - px)},{N(by - py)} Z\"/>\n";
    }

    static (double Dx, double Dy, double Length) Direction(Point from, Point to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var len = Math.Sqrt(dx * dx + dy * dy);
        return len < 1e-9 ? (0, 1, 0) : (dx / len, dy / len, len);
    }

    static string NodeShape(FlowchartLayout.Node n)
    {
        var kind = n.Kind.ToString().ToLowerInvariant();
        var sb = new StringBuilder($"<g class=\"node {kind}\" data-key=\"{Attr(n.Key)}\">");
        sb.Append(n.Kind switch
        {
            FlowStepKind.Decision =>
                $"<polygon points=\"{N(n.CenterX)},{N(n.Top)} {N(n.Right)},{N(n.CenterY)} {N(n.CenterX)},{N(n.Bottom)} {N(n.Left)},{N(n.CenterY)}\" fill=\"#fff4dc\" stroke=\"#8a5a00\" stroke-width=\"1.5\"/>",
            FlowStepKind.Start or FlowStepKind.End =>
                $"<rect x=\"{N(n.Left)}\" y=\"{N(n.Top)}\" width=\"{N(n.Width)}\" height=\"{N(n.Height)}\" rx=\"{N(n.Height / 2)}\" fill=\"#e6f2e8\" stroke=\"#1e6b2e\" stroke-width=\"{(n.Kind == FlowStepKind.End ? "2.5" : "1.5")}\"/>",
            _ => $"<rect x=\"{N(n.Left)}\" y=\"{N(n.Top)}\" width=\"{N(n.Width)}\" height=\"{N(n.Height)}\" rx=\"4\" fill=\"#eef3fa\" stroke=\"#1f3a5f\" stroke-width=\"1.5\"/>",
        });
        var top = n.CenterY - FlowchartLayouter.TextHeight(n.Lines.Count, n.Meta.Count) / 2;
        if (n.Lines.Count > 0)
        {
            sb.Append($"<text text-anchor=\"middle\" font-size=\"{N(FlowchartLayouter.FontSize)}\" fill=\"{Ink}\">");
            for (var i = 0; i < n.Lines.Count; i++)
                sb.Append($"<tspan x=\"{N(n.CenterX)}\" y=\"{N(top + (i + 1) * FlowchartLayouter.LineHeight - 5)}\">{Text(n.Lines[i])}</tspan>");
            sb.Append("</text>");
        }
        if (n.Meta.Count > 0)
        {
            var metaTop = top + n.Lines.Count * FlowchartLayouter.LineHeight + 4;
            sb.Append($"<text text-anchor=\"middle\" font-size=\"{N(FlowchartLayouter.MetaFontSize)}\" fill=\"{Muted}\">");
            for (var i = 0; i < n.Meta.Count; i++)
                sb.Append($"<tspan x=\"{N(n.CenterX)}\" y=\"{N(metaTop + (i + 1) * FlowchartLayouter.MetaLineHeight - 4)}\">{Text(n.Meta[i])}</tspan>");
            sb.Append("</text>");
        }
        return sb.Append("</g>\n").ToString();
    }

    static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>XML text: escaped, and without characters XML 1.0 cannot carry at all.</summary>
    public static string Text(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length + 16);
        foreach (var r in s.EnumerateRunes())
        {
            var v = r.Value;
            if (v is < 0x20 and not (0x09 or 0x0A or 0x0D) or 0xFFFE or 0xFFFF) continue;
            sb.Append(v switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => r.ToString(),
            });
        }
        return sb.ToString();
    }

    static string Attr(string? s) => Text(s);
}
