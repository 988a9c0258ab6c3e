using OpenGov.Portal.Domain.Powers.Flows;
using Point = OpenGov.Portal.Domain.Powers.Flowcharts.FlowchartLayout.Point;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Lays a flow out top-down (algorithm and limits: docs/flowchart.md): <see cref="LayeredGraph"/> for
/// layers, <see cref="CrossingReduction"/> for the order within layers, <see cref="Placement"/> for x,
/// then boxes sized to their wrapped text and edges routed orthogonally through the gaps between layers,
/// each horizontal run on its own track. Nodes never overlap and edges never cross a node: within a
/// layer's band an edge runs vertically through its own slot (a dummy's, or its port inside its own node's
/// width); between bands there are no nodes at all.
/// </summary>
public static class FlowchartLayouter
{
    public const double FontSize = 14, LineHeight = 20, MetaFontSize = 12, MetaLineHeight = 16, LabelFontSize = 12;
    const double TextWidth = 168, DecisionTextWidth = 112, PadX = 14, PadY = 10, MinWidth = 120, MinHeight = 40;
    const double NodeGap = 32, DummyGap = 18, PortGap = 14, TrackGap = 12, MinGapHeight = 36, Margin = 16;

    public static FlowchartLayout Layout(FlowDefinition flow)
    {
        if (flow.Steps.Count == 0) return new FlowchartLayout(2 * Margin + MinWidth, 2 * Margin + MinHeight, [], []);
        var g = LayeredGraph.Build(flow);
        var text = new (IReadOnlyList<string> Lines, IReadOnlyList<string> Meta)[flow.Steps.Count];
        for (var i = 0; i < flow.Steps.Count; i++) text[i] = Size(flow.Steps[i], g.Vertices[i]);
        CrossingReduction.Apply(g);
        Placement.Apply(g, NodeGap, DummyGap);
        var router = new EdgeRouter(g, flow.Steps);
        router.AssignPorts(PortGap);
        router.AssignTracks();
        var bands = MeasureBands(g, router);

        var nodes = new List<FlowchartLayout.Node>();
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var v = g.Vertices[i];
            var cy = bands.Top[v.Layer] + bands.Height[v.Layer] / 2;
            nodes.Add(new(i, flow.Steps[i].Key ?? "", flow.Steps[i].Kind, v.X, cy, v.Width, v.Height, text[i].Lines, text[i].Meta));
        }
        var edges = g.Chains.Select((c, i) => router.Route(i, nodes, bands)).ToList();
        return Normalise(nodes, edges, bands.Bottom + Margin);
    }

    /// <summary>Sizes the step's shape to its wrapped label and its post / time-limit lines.</summary>
    static (IReadOnlyList<string>, IReadOnlyList<string>) Size(FlowNode step, LayeredGraph.Vertex v)
    {
        var width = step.Kind == FlowStepKind.Decision ? DecisionTextWidth : TextWidth;
        var lines = TextMetrics.WrapBalanced(step.Label, width, FontSize);
        var meta = new List<string>();
        if (!string.IsNullOrWhiteSpace(step.Post)) meta.AddRange(TextMetrics.Wrap("岗位:" + step.Post, width, MetaFontSize));
        if (!string.IsNullOrWhiteSpace(step.TimeLimit)) meta.AddRange(TextMetrics.Wrap("时限:" + step.TimeLimit, width, MetaFontSize));
        var tw = Math.Max(lines.Select(l => TextMetrics.Width(l, FontSize)).DefaultIfEmpty(0).Max(),
                          meta.Select(l => TextMetrics.Width(l, MetaFontSize)).DefaultIfEmpty(0).Max());
        var th = TextHeight(lines.Count, meta.Count);
        switch (step.Kind)
        {
            case FlowStepKind.Decision:
                // The text box (tw × th, padded) must fit inside the diamond |x|/a + |y|/b <= 1.
                var (pw, ph) = (tw + 16, th + 8);
                var a = pw / 2 + ph;
                var b = ph / 2 / (1 - pw / (2 * a));
                (v.Width, v.Height) = (Math.Max(2 * a, 140), Math.Max(2 * b, 64));
                break;
            case FlowStepKind.Start or FlowStepKind.End:
                v.Height = Math.Max(MinHeight, th + 2 * PadY);
                v.Width = Math.Max(MinWidth, tw + v.Height + 8);   // room for the rounded ends
                break;
            default:
                (v.Width, v.Height) = (Math.Max(MinWidth, tw + 2 * PadX), Math.Max(MinHeight, th + 2 * PadY));
                break;
        }
        return (lines, meta);
    }

    public static double TextHeight(int lines, int meta) => lines * LineHeight + (meta > 0 ? 4 + meta * MetaLineHeight : 0);

    internal sealed record Bands(double[] Top, double[] Height, double[] GapTop, double[] GapTopZone, double Bottom)
    {
        public double BandBottom(int layer) => Top[layer] + Height[layer];
    }

    static Bands MeasureBands(LayeredGraph g, EdgeRouter router)
    {
        var n = g.Layers.Count;
        var (top, height, gapTop, gapZone) = (new double[n], new double[n], new double[n], new double[n]);
        var y = Margin;
        for (var l = 0; l < n; l++)
        {
            top[l] = y;
            height[l] = g.Layers[l].Select(v => g.Vertices[v].Height).DefaultIfEmpty(0).Max();
            y += height[l];
            if (l == n - 1) break;
            gapTop[l] = y;
            gapZone[l] = router.HasForwardLabel(l) ? 22 : 10;
            var bottomZone = router.HasBackLabel(l) ? 26 : 14;
            y += Math.Max(MinGapHeight, gapZone[l] + router.Tracks(l) * TrackGap + bottomZone);
        }
        return new Bands(top, height, gapTop, gapZone, y);
    }

    internal static double TrackY(Bands bands, int gap, int track) => bands.GapTop[gap] + bands.GapTopZone[gap] + (track + 0.5) * TrackGap;

    /// <summary>Shifts everything so the leftmost ink (boxes, edges, labels) starts at the margin.</summary>
    static FlowchartLayout Normalise(List<FlowchartLayout.Node> nodes, List<FlowchartLayout.Edge> edges, double height)
    {
        var lefts = nodes.Select(n => n.Left).Concat(edges.SelectMany(e => e.Points.Select(p => p.X)))
            .Concat(edges.Where(e => e.LabelAt is not null).Select(e => e.LabelAnchorEnd ? e.LabelAt!.Value.X - LabelWidth(e.Label) : e.LabelAt!.Value.X));
        var rights = nodes.Select(n => n.Right).Concat(edges.SelectMany(e => e.Points.Select(p => p.X)))
            .Concat(edges.Where(e => e.LabelAt is not null).Select(e => e.LabelAnchorEnd ? e.LabelAt!.Value.X : e.LabelAt!.Value.X + LabelWidth(e.Label)));
        var dx = Margin - lefts.Min();
        var width = Math.Ceiling(rights.Max() + dx + Margin);
        Point Shift(Point p) => new(Math.Round(p.X + dx, 1), Math.Round(p.Y, 1));
        return new FlowchartLayout(width, Math.Ceiling(height),
            nodes.Select(n => n with { CenterX = Math.Round(n.CenterX + dx, 1), CenterY = Math.Round(n.CenterY, 1), Width = Math.Round(n.Width, 1), Height = Math.Round(n.Height, 1) }).ToList(),
            edges.Select(e => e with { Points = e.Points.Select(Shift).ToList(), LabelAt = e.LabelAt is { } l ? Shift(l) : null }).ToList());
    }

    internal static double LabelWidth(string? label) => TextMetrics.Width(label ?? "", LabelFontSize);
}
