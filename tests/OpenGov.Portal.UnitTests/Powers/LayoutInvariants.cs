using System.Xml.Linq;
using OpenGov.Portal.Domain.Powers.Flowcharts;
using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.UnitTests.Powers;

/// <summary>What must hold for any laid-out flow: checked on demo, large and random flows.</summary>
internal static class LayoutInvariants
{
    const double Tolerance = 0.5;

    public static void Check(FlowDefinition flow, FlowchartLayout layout)
    {
        NodesDoNotOverlap(layout);
        EveryEdgeIsDrawn(flow, layout);
        EdgesAvoidOtherNodes(layout);
        EverythingIsInside(layout);
    }

    public static void NodesDoNotOverlap(FlowchartLayout layout)
    {
        var nodes = layout.Nodes;
        for (var i = 0; i < nodes.Count; i++)
            for (var j = i + 1; j < nodes.Count; j++)
            {
                var (a, b) = (nodes[i], nodes[j]);
                var apart = a.Right <= b.Left + Tolerance || b.Right <= a.Left + Tolerance || a.Bottom <= b.Top + Tolerance || b.Bottom <= a.Top + Tolerance;
                Assert.True(apart, $"{a.Key} and {b.Key} overlap");
            }
    }

    /// <summary>Every drawable branch (known target, not itself, not repeated) is one edge from its source's outline to its target's.</summary>
    public static void EveryEdgeIsDrawn(FlowDefinition flow, FlowchartLayout layout)
    {
        var keys = flow.Steps.Select(s => s.Key).ToHashSet();
        var expected = flow.Steps.SelectMany(s => s.Next.Where(n => keys.Contains(n.To) && n.To != s.Key).Select(n => (s.Key, n.To))).Distinct().ToList();
        var drawn = layout.Edges.Select(e => (e.From, e.To)).ToList();
        Assert.Equal(expected.Order().ToList(), drawn.Order().ToList());
        var byKey = layout.Nodes.GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in layout.Edges)
        {
            Assert.True(e.Points.Count >= 2, $"{e.From}->{e.To} has no line");
            Assert.True(OnOutline(byKey[e.From], e.Points[0]), $"{e.From}->{e.To} does not start on {e.From}");
            Assert.True(OnOutline(byKey[e.To], e.Points[^1]), $"{e.From}->{e.To} does not end on {e.To}");
            for (var k = 0; k + 1 < e.Points.Count; k++)
            {
                var (p, q) = (e.Points[k], e.Points[k + 1]);
                Assert.True(Math.Abs(p.X - q.X) < 0.05 || Math.Abs(p.Y - q.Y) < 0.05, $"{e.From}->{e.To} has a slanted segment");
            }
        }
    }

    /// <summary>No segment passes through a node, except where it leaves its source and enters its target.</summary>
    public static void EdgesAvoidOtherNodes(FlowchartLayout layout)
    {
        foreach (var e in layout.Edges)
            for (var k = 0; k + 1 < e.Points.Count; k++)
                foreach (var n in layout.Nodes)
                {
                    if (k == 0 && n.Key == e.From) continue;
                    if (k == e.Points.Count - 2 && n.Key == e.To) continue;
                    Assert.False(Crosses(e.Points[k], e.Points[k + 1], n), $"edge {e.From}->{e.To} segment {k} passes through {n.Key}");
                }
    }

    public static void EverythingIsInside(FlowchartLayout layout)
    {
        foreach (var n in layout.Nodes) Assert.True(n.Left >= 0 && n.Top >= 0 && n.Right <= layout.Width && n.Bottom <= layout.Height, $"{n.Key} is outside");
        foreach (var p in layout.Edges.SelectMany(e => e.Points)) Assert.True(p.X >= 0 && p.X <= layout.Width && p.Y >= 0 && p.Y <= layout.Height);
    }

    static bool OnOutline(FlowchartLayout.Node n, FlowchartLayout.Point p)
    {
        if (p.X < n.Left - Tolerance || p.X > n.Right + Tolerance) return false;
        if (n.Kind == FlowStepKind.Decision)
        {
            var reach = n.Height / 2 * (1 - Math.Abs(p.X - n.CenterX) / (n.Width / 2));
            return Math.Abs(Math.Abs(p.Y - n.CenterY) - reach) < 1;
        }
        return Math.Abs(p.Y - n.Top) < Tolerance || Math.Abs(p.Y - n.Bottom) < Tolerance;
    }

    static bool Crosses(FlowchartLayout.Point a, FlowchartLayout.Point b, FlowchartLayout.Node n)
    {
        // Segments are axis-aligned; shrink the box a little so touching an outline is not crossing it.
        var (l, r, t, bo) = (n.Left + 1, n.Right - 1, n.Top + 1, n.Bottom - 1);
        var (minX, maxX, minY, maxY) = (Math.Min(a.X, b.X), Math.Max(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
        return maxX > l && minX < r && maxY > t && minY < bo;
    }

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
}
