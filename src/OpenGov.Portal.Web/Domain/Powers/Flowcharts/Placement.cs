namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Horizontal positions. Each vertex wants to sit at the mean x of its neighbours in the adjacent
/// layer; within a layer the order is fixed and neighbours keep a minimum gap. The closest positions
/// to the wishes under those constraints are found exactly by weighted isotonic regression (pool
/// adjacent violators). Dummies weigh more, which keeps long edges straight.
/// </summary>
internal static class Placement
{
    const int Rounds = 8;
    const double DummyWeight = 6;

    public static void Apply(LayeredGraph g, double nodeGap, double dummyGap)
    {
        foreach (var layer in g.Layers) Pack(g, layer, nodeGap, dummyGap);
        for (var round = 0; round < Rounds; round++)
        {
            for (var l = 1; l < g.Layers.Count; l++) Place(g, l, v => v.Up, nodeGap, dummyGap);
            for (var l = g.Layers.Count - 2; l >= 0; l--) Place(g, l, v => v.Down, nodeGap, dummyGap);
        }
        for (var l = 0; l < g.Layers.Count; l++) Place(g, l, v => [.. v.Up, .. v.Down], nodeGap, dummyGap);
        foreach (var chain in g.Chains) StraightenDummies(g, chain, nodeGap, dummyGap);
    }

    /// <summary>
    /// Puts the dummies of one long edge on a single x when their neighbours leave room, so the edge
    /// runs as one straight line instead of a staircase of small jogs.
    /// </summary>
    static void StraightenDummies(LayeredGraph g, LayeredGraph.Chain chain, double nodeGap, double dummyGap)
    {
        var dummies = chain.Vertices.Where(v => g.Vertices[v].IsDummy).ToList();
        if (dummies.Count < 2) return;
        var candidates = new List<double> { dummies.Average(d => g.Vertices[d].X) };
        candidates.AddRange(dummies.Select(d => g.Vertices[d].X));
        foreach (var x in candidates)
        {
            if (!dummies.All(d => Fits(g, d, x, nodeGap, dummyGap))) continue;
            foreach (var d in dummies) g.Vertices[d].X = x;
            return;
        }
    }

    static bool Fits(LayeredGraph g, int v, double x, double nodeGap, double dummyGap)
    {
        var vertex = g.Vertices[v];
        var layer = g.Layers[vertex.Layer];
        var i = vertex.Position;
        if (i > 0 && x - g.Vertices[layer[i - 1]].X < Gap(g.Vertices[layer[i - 1]], vertex, nodeGap, dummyGap) - 0.01) return false;
        if (i + 1 < layer.Count && g.Vertices[layer[i + 1]].X - x < Gap(vertex, g.Vertices[layer[i + 1]], nodeGap, dummyGap) - 0.01) return false;
        return true;
    }

    static double Gap(LayeredGraph.Vertex a, LayeredGraph.Vertex b, double nodeGap, double dummyGap) =>
        a.Width / 2 + b.Width / 2 + (a.IsDummy || b.IsDummy ? dummyGap : nodeGap);

    /// <summary>Side by side, centred on zero.</summary>
    static void Pack(LayeredGraph g, List<int> layer, double nodeGap, double dummyGap)
    {
        var x = 0.0;
        for (var i = 0; i < layer.Count; i++)
        {
            if (i > 0) x += Gap(g.Vertices[layer[i - 1]], g.Vertices[layer[i]], nodeGap, dummyGap);
            g.Vertices[layer[i]].X = x;
        }
        foreach (var v in layer) g.Vertices[v].X -= x / 2;
    }

    static void Place(LayeredGraph g, int l, Func<LayeredGraph.Vertex, List<int>> neighbours, double nodeGap, double dummyGap)
    {
        var layer = g.Layers[l];
        var n = layer.Count;
        if (n == 0) return;
        // x_i = y_i + offset_i turns "x_{i+1} - x_i >= gap_i" into "y non-decreasing".
        var offset = new double[n];
        for (var i = 1; i < n; i++) offset[i] = offset[i - 1] + Gap(g.Vertices[layer[i - 1]], g.Vertices[layer[i]], nodeGap, dummyGap);
        var target = new double[n];
        var weight = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = g.Vertices[layer[i]];
            var nb = neighbours(v);
            var wish = nb.Count == 0 ? v.X : nb.Average(u => g.Vertices[u].X);
            target[i] = wish - offset[i];
            weight[i] = (nb.Count == 0 ? 0.05 : 1) * (v.IsDummy ? DummyWeight : 1);
        }
        var y = Isotonic(target, weight);
        for (var i = 0; i < n; i++) g.Vertices[layer[i]].X = y[i] + offset[i];
    }

    /// <summary>The non-decreasing sequence closest to <paramref name="t"/> in weighted least squares.</summary>
    internal static double[] Isotonic(double[] t, double[] w)
    {
        var n = t.Length;
        var mean = new double[n];
        var total = new double[n];
        var size = new int[n];
        var blocks = 0;
        for (var i = 0; i < n; i++)
        {
            mean[blocks] = t[i];
            total[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1])
            {
                var (a, b) = (blocks - 2, blocks - 1);
                var tw = total[a] + total[b];
                mean[a] = (mean[a] * total[a] + mean[b] * total[b]) / tw;
                total[a] = tw;
                size[a] += size[b];
                blocks--;
            }
        }
        var result = new double[n];
        var k = 0;
        for (var b = 0; b < blocks; b++)
            for (var j = 0; j < size[b]; j++) result[k++] = mean[b];
        return result;
    }
}
