namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Orders each layer to reduce edge crossings: alternating downward and upward barycenter sweeps,
/// then adjacent swaps while they help; the best ordering seen wins. Ties keep the current order,
/// so the result depends only on the flow.
/// </summary>
internal static class CrossingReduction
{
    const int Sweeps = 16;

    public static void Apply(LayeredGraph g)
    {
        var best = Snapshot(g);
        var bestCrossings = Crossings(g);
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            var down = sweep % 2 == 0;
            if (down) for (var l = 1; l < g.Layers.Count; l++) Reorder(g, l, v => v.Up);
            else for (var l = g.Layers.Count - 2; l >= 0; l--) Reorder(g, l, v => v.Down);
            Transpose(g);
            var crossings = Crossings(g);
            if (crossings < bestCrossings) { bestCrossings = crossings; best = Snapshot(g); }
        }
        Restore(g, best);
    }

    static void Reorder(LayeredGraph g, int layer, Func<LayeredGraph.Vertex, List<int>> neighbours)
    {
        var vertices = g.Layers[layer];
        var keyed = vertices.Select(v =>
        {
            var nb = neighbours(g.Vertices[v]);
            var centre = nb.Count == 0 ? g.Vertices[v].Position : nb.Average(u => (double)g.Vertices[u].Position);
            return (Vertex: v, Centre: centre, Was: g.Vertices[v].Position);
        }).OrderBy(k => k.Centre).ThenBy(k => k.Was).ToList();
        for (var i = 0; i < keyed.Count; i++)
        {
            vertices[i] = keyed[i].Vertex;
            g.Vertices[keyed[i].Vertex].Position = i;
        }
    }

    /// <summary>Swaps neighbours within a layer while that lowers the crossings with both adjacent layers.</summary>
    static void Transpose(LayeredGraph g)
    {
        var improved = true;
        for (var round = 0; improved && round < 4; round++)
        {
            improved = false;
            for (var l = 0; l < g.Layers.Count; l++)
            {
                var layer = g.Layers[l];
                for (var i = 0; i + 1 < layer.Count; i++)
                {
                    var (a, b) = (g.Vertices[layer[i]], g.Vertices[layer[i + 1]]);
                    var before = PairCrossings(g, a, b);
                    var after = PairCrossings(g, b, a);
                    if (after >= before) continue;
                    (layer[i], layer[i + 1]) = (layer[i + 1], layer[i]);
                    a.Position = i + 1;
                    b.Position = i;
                    improved = true;
                }
            }
        }
    }

    /// <summary>Crossings between the edges of <paramref name="left"/> and <paramref name="right"/> when left is placed first.</summary>
    static int PairCrossings(LayeredGraph g, LayeredGraph.Vertex left, LayeredGraph.Vertex right)
    {
        var count = 0;
        foreach (var side in new[] { (left.Up, right.Up), (left.Down, right.Down) })
            foreach (var u in side.Item1)
                foreach (var w in side.Item2)
                    if (g.Vertices[u].Position > g.Vertices[w].Position) count++;
        return count;
    }

    public static long Crossings(LayeredGraph g)
    {
        long total = 0;
        for (var l = 0; l + 1 < g.Layers.Count; l++)
        {
            var segments = g.Layers[l]
                .SelectMany(v => g.Vertices[v].Down.Select(w => (Top: g.Vertices[v].Position, Bottom: g.Vertices[w].Position)))
                .OrderBy(s => s.Top).ThenBy(s => s.Bottom).ToList();
            total += Inversions(segments.Select(s => s.Bottom).ToList(), g.Layers[l + 1].Count);
        }
        return total;
    }

    /// <summary>Pairs i &lt; j with values[i] &gt; values[j], counted with a Fenwick tree.</summary>
    static long Inversions(List<int> values, int size)
    {
        var tree = new int[size + 1];
        long count = 0;
        for (var i = values.Count - 1; i >= 0; i--)
        {
            for (var k = values[i]; k > 0; k -= k & -k) count += tree[k];   // values < values[i] seen so far (to the right)
            for (var k = values[i] + 1; k <= size; k += k & -k) tree[k]++;
        }
        return count;
    }

    static int[][] Snapshot(LayeredGraph g) => g.Layers.Select(l => l.ToArray()).ToArray();

    static void Restore(LayeredGraph g, int[][] order)
    {
        for (var l = 0; l < order.Length; l++)
        {
            g.Layers[l].Clear();
            g.Layers[l].AddRange(order[l]);
            for (var i = 0; i < order[l].Length; i++) g.Vertices[order[l][i]].Position = i;
        }
    }
}
