using OpenGov.Portal.Domain.Powers.Flows;
using Point = OpenGov.Portal.Domain.Powers.Flowcharts.FlowchartLayout.Point;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Routes every chain of <see cref="LayeredGraph"/> as an orthogonal polyline. Each edge end gets its
/// own port on the node's top or bottom side (ordered by where the other end lies, so edges leaving
/// one node do not cross each other); each horizontal run between two layers gets a track of its own
/// where its span overlaps another's. Right-going runs that start further right take higher tracks,
/// left-going ones the mirror, which avoids needless crossings in the common cases.
/// </summary>
internal sealed class EdgeRouter(LayeredGraph g, IReadOnlyList<FlowNode> steps)
{
    // Per chain, per segment k (Vertices[k] -> Vertices[k+1]): the x where it leaves the upper vertex and reaches the lower one.
    readonly double[][] upperX = g.Chains.Select(c => new double[c.Vertices.Count - 1]).ToArray();
    readonly double[][] lowerX = g.Chains.Select(c => new double[c.Vertices.Count - 1]).ToArray();
    readonly int[][] track = g.Chains.Select(c => Enumerable.Repeat(-1, c.Vertices.Count - 1).ToArray()).ToArray();
    readonly Dictionary<(int Chain, bool Bottom), bool> leftmost = [];
    readonly Dictionary<int, int> trackCount = [];

    public int Tracks(int gap) => trackCount.GetValueOrDefault(gap);

    public bool HasForwardLabel(int gap) => g.Chains.Any(c => !c.Reversed && c.Label is not null && g.Vertices[c.Vertices[0]].Layer == gap);

    public bool HasBackLabel(int gap) => g.Chains.Any(c => c.Reversed && c.Label is not null && g.Vertices[c.Vertices[^2]].Layer == gap);

    public void AssignPorts(double portGap)
    {
        var bottoms = new Dictionary<int, List<(int Chain, int Segment, int Other)>>();
        var tops = new Dictionary<int, List<(int Chain, int Segment, int Other)>>();
        for (var c = 0; c < g.Chains.Count; c++)
        {
            var vs = g.Chains[c].Vertices;
            for (var k = 0; k + 1 < vs.Count; k++)
            {
                upperX[c][k] = g.Vertices[vs[k]].X;
                lowerX[c][k] = g.Vertices[vs[k + 1]].X;
                if (k == 0) Add(bottoms, vs[0], (c, k, vs[1]));
                if (k == vs.Count - 2) Add(tops, vs[^1], (c, k, vs[^2]));
            }
        }
        foreach (var (v, ends) in bottoms) Spread(v, ends, portGap, bottom: true);
        foreach (var (v, ends) in tops) Spread(v, ends, portGap, bottom: false);
        Straighten(bottoms, tops);
        SnapNearlyStraight();
    }

    /// <summary>Ends less than half a pixel apart are made equal, so a near-vertical run is exactly vertical.</summary>
    void SnapNearlyStraight()
    {
        for (var c = 0; c < g.Chains.Count; c++)
            for (var k = 0; k < upperX[c].Length; k++)
            {
                if (Math.Abs(upperX[c][k] - lowerX[c][k]) > 0.5) continue;
                lowerX[c][k] = upperX[c][k];
                if (k + 1 < upperX[c].Length) upperX[c][k + 1] = lowerX[c][k];
            }
    }

    /// <summary>
    /// A side with a single edge end may place its port anywhere along its straight part: when the
    /// two ends of a segment can meet at one x, the segment becomes a straight vertical line.
    /// </summary>
    void Straighten(Dictionary<int, List<(int Chain, int Segment, int Other)>> bottoms, Dictionary<int, List<(int Chain, int Segment, int Other)>> tops)
    {
        bool Single(Dictionary<int, List<(int, int, int)>> side, int v) => !g.Vertices[v].IsDummy && side[v].Count == 1;
        for (var c = 0; c < g.Chains.Count; c++)
        {
            var vs = g.Chains[c].Vertices;
            for (var k = 0; k + 1 < vs.Count; k++)
            {
                var upperFree = k == 0 && Single(bottoms, vs[0]);
                var lowerFree = k == vs.Count - 2 && Single(tops, vs[^1]);
                if (upperFree && lowerFree)
                {
                    var (lo1, hi1) = Slide(vs[0]);
                    var (lo2, hi2) = Slide(vs[^1]);
                    var (lo, hi) = (Math.Max(lo1, lo2), Math.Min(hi1, hi2));
                    if (lo <= hi) upperX[c][k] = lowerX[c][k] = Math.Clamp((g.Vertices[vs[0]].X + g.Vertices[vs[^1]].X) / 2, lo, hi);
                }
                else if (upperFree) upperX[c][k] = Clamp(vs[0], lowerX[c][k]);
                else if (lowerFree) lowerX[c][k] = Clamp(vs[^1], upperX[c][k]);
            }
        }
    }

    double Clamp(int v, double x) => Slide(v) is var (lo, hi) ? Math.Clamp(x, lo, hi) : x;

    /// <summary>Where a single port may slide: the straight part of a box, only the point of a diamond.</summary>
    (double Lo, double Hi) Slide(int v)
    {
        var vertex = g.Vertices[v];
        var half = steps[vertex.Node].Kind == FlowStepKind.Decision ? 0 : Usable(vertex) / 2;
        return (vertex.X - half, vertex.X + half);
    }

    static void Add(Dictionary<int, List<(int, int, int)>> map, int v, (int, int, int) end)
    {
        if (!map.TryGetValue(v, out var list)) map[v] = list = [];
        list.Add(end);
    }

    void Spread(int v, List<(int Chain, int Segment, int Other)> ends, double portGap, bool bottom)
    {
        var vertex = g.Vertices[v];
        var ordered = ends.OrderBy(e => g.Vertices[e.Other].X).ThenBy(e => e.Chain).ToList();
        var usable = Usable(vertex);
        var step = ordered.Count > 1 ? Math.Min(portGap, usable / (ordered.Count - 1)) : 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var x = vertex.X + (i - (ordered.Count - 1) / 2.0) * step;
            var (c, k, _) = ordered[i];
            if (bottom) upperX[c][k] = x; else lowerX[c][k] = x;
            leftmost[(c, bottom)] = i == 0 && ordered.Count > 1;
        }
    }

    /// <summary>How wide a stretch of the node's top or bottom side can hold ports: the straight part of a
    /// rounded box, the middle half of a diamond.</summary>
    double Usable(LayeredGraph.Vertex v) => steps[v.Node].Kind switch
    {
        FlowStepKind.Decision => v.Width / 2,
        FlowStepKind.Start or FlowStepKind.End => Math.Max(0, v.Width - v.Height - 8),
        _ => v.Width - 16,
    };

    public void AssignTracks()
    {
        for (var gap = 0; gap + 1 < g.Layers.Count; gap++)
        {
            var runs = new List<(int Chain, int Segment, double X1, double X2)>();
            for (var c = 0; c < g.Chains.Count; c++)
            {
                var vs = g.Chains[c].Vertices;
                for (var k = 0; k + 1 < vs.Count; k++)
                    if (g.Vertices[vs[k]].Layer == gap && Math.Abs(upperX[c][k] - lowerX[c][k]) > 0.5)
                        runs.Add((c, k, upperX[c][k], lowerX[c][k]));
            }
            var ordered = runs.Where(r => r.X2 > r.X1).OrderByDescending(r => r.X1).ThenBy(r => r.Chain)
                .Concat(runs.Where(r => r.X2 < r.X1).OrderBy(r => r.X1).ThenBy(r => r.Chain));
            var used = new List<List<(double Min, double Max)>>();
            foreach (var r in ordered)
            {
                var (min, max) = (Math.Min(r.X1, r.X2) - 6, Math.Max(r.X1, r.X2) + 6);
                var t = used.FindIndex(spans => spans.All(s => s.Max < min || max < s.Min));
                if (t < 0) { used.Add([]); t = used.Count - 1; }
                used[t].Add((min, max));
                track[r.Chain][r.Segment] = t;
            }
            trackCount[gap] = used.Count;
        }
    }

    public FlowchartLayout.Edge Route(int c, IReadOnlyList<FlowchartLayout.Node> nodes, FlowchartLayouter.Bands bands)
    {
        var chain = g.Chains[c];
        var vs = chain.Vertices;
        var points = new List<Point> { new(upperX[c][0], Boundary(nodes[vs[0]], upperX[c][0], bottom: true)) };
        for (var k = 0; k + 1 < vs.Count; k++)
        {
            var layer = g.Vertices[vs[k]].Layer;
            var (x1, x2) = (upperX[c][k], lowerX[c][k]);
            points.Add(new(x1, bands.BandBottom(layer)));
            if (track[c][k] >= 0)
            {
                var y = FlowchartLayouter.TrackY(bands, layer, track[c][k]);
                points.Add(new(x1, y));
                points.Add(new(x2, y));
            }
            points.Add(new(x2, bands.Top[layer + 1]));
            if (k + 2 == vs.Count) points.Add(new(x2, Boundary(nodes[vs[^1]], x2, bottom: false)));
        }
        points = Simplify(points);

        Point? labelAt = null;
        var anchorEnd = false;
        if (chain.Label is not null && !chain.Reversed)
        {
            anchorEnd = leftmost.GetValueOrDefault((c, true));
            labelAt = new(upperX[c][0] + (anchorEnd ? -5 : 5), bands.BandBottom(g.Vertices[vs[0]].Layer) + 15);
        }
        else if (chain.Label is not null)
        {
            anchorEnd = leftmost.GetValueOrDefault((c, false));
            labelAt = new(lowerX[c][^1] + (anchorEnd ? -5 : 5), bands.Top[g.Vertices[vs[^1]].Layer] - 9);
        }
        if (chain.Reversed) points.Reverse();
        return new FlowchartLayout.Edge(steps[chain.From].Key ?? "", steps[chain.To].Key ?? "", chain.Label, points, labelAt, anchorEnd, chain.Reversed);
    }

    /// <summary>The y where a vertical line at <paramref name="x"/> meets the node's bottom (or top) outline.</summary>
    static double Boundary(FlowchartLayout.Node n, double x, bool bottom)
    {
        var reach = n.Height / 2;
        if (n.Kind == FlowStepKind.Decision) reach *= Math.Max(0, 1 - Math.Abs(x - n.CenterX) / (n.Width / 2));
        return bottom ? n.CenterY + reach : n.CenterY - reach;
    }

    /// <summary>Drops repeated points and the middle of three points on one line.</summary>
    static List<Point> Simplify(List<Point> points)
    {
        var result = new List<Point>();
        foreach (var p in points)
        {
            if (result.Count > 0 && Math.Abs(result[^1].X - p.X) < 0.01 && Math.Abs(result[^1].Y - p.Y) < 0.01) continue;
            if (result.Count >= 2)
            {
                var (a, b) = (result[^2], result[^1]);
                var sameX = Math.Abs(a.X - b.X) < 0.01 && Math.Abs(b.X - p.X) < 0.01;
                var sameY = Math.Abs(a.Y - b.Y) < 0.01 && Math.Abs(b.Y - p.Y) < 0.01;
                if (sameX || sameY) result[^1] = p;
                else result.Add(p);
            }
            else result.Add(p);
        }
        return result;
    }
}
