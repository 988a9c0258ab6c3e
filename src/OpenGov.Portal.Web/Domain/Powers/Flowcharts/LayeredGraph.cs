using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// The flow as a proper layered graph (Sugiyama): loops broken by reversing DFS back-edges, layers by
/// longest path from the start, and a dummy vertex wherever an edge crosses a layer, so that every
/// segment joins two adjacent layers. Everything iterates in the flow's own order: same flow, same graph.
/// </summary>
internal sealed class LayeredGraph
{
    internal sealed class Vertex
    {
        public int Node = -1;            // index of the step, -1 for a dummy
        public int Layer;
        public double Width;
        public double Height;
        public double X;                 // centre
        public int Position;             // order within the layer
        public readonly List<int> Up = [];
        public readonly List<int> Down = [];
        public bool IsDummy => Node < 0;
    }

    /// <summary>One edge of the flow, as a run of vertices from its upper end to its lower end.</summary>
    internal sealed record Chain(int From, int To, string? Label, bool Reversed, List<int> Vertices);

    public List<Vertex> Vertices { get; } = [];
    public List<Chain> Chains { get; } = [];
    public List<List<int>> Layers { get; } = [];

    public static LayeredGraph Build(FlowDefinition flow)
    {
        var g = new LayeredGraph();
        var steps = flow.Steps;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++) index.TryAdd(steps[i].Key ?? "", i);

        // Edges that can be drawn: known target, not the step itself, not repeated.
        var edges = new List<(int From, int To, string? Label)>();
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < steps.Count; i++)
            foreach (var b in steps[i].Next)
                if (index.TryGetValue(b.To ?? "", out var j) && j != i && seen.Add((i, j)))
                    edges.Add((i, j, string.IsNullOrWhiteSpace(b.Label) ? null : b.Label.Trim()));

        var reversed = BackEdges(steps, edges);
        var layer = LongestPathLayers(steps.Count, edges, reversed);

        for (var i = 0; i < steps.Count; i++) g.Vertices.Add(new Vertex { Node = i, Layer = layer[i] });
        for (var e = 0; e < edges.Count; e++)
        {
            var (upper, lower) = reversed[e] ? (edges[e].To, edges[e].From) : (edges[e].From, edges[e].To);
            var chain = new List<int> { upper };
            for (var l = layer[upper] + 1; l < layer[lower]; l++)
            {
                g.Vertices.Add(new Vertex { Layer = l });
                chain.Add(g.Vertices.Count - 1);
            }
            chain.Add(lower);
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                g.Vertices[chain[k]].Down.Add(chain[k + 1]);
                g.Vertices[chain[k + 1]].Up.Add(chain[k]);
            }
            g.Chains.Add(new Chain(edges[e].From, edges[e].To, edges[e].Label, reversed[e], chain));
        }
        g.InitialOrder(steps);
        return g;
    }

    /// <summary>Edges that close a loop in a depth-first walk from the start; reversing them leaves a DAG.</summary>
    static bool[] BackEdges(IReadOnlyList<FlowNode> steps, List<(int From, int To, string? Label)> edges)
    {
        var n = steps.Count;
        var outgoing = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var hasIncoming = new bool[n];
        for (var e = 0; e < edges.Count; e++) { outgoing[edges[e].From].Add(e); hasIncoming[edges[e].To] = true; }

        var reversed = new bool[edges.Count];
        var state = new byte[n]; // 0 unseen, 1 on the stack, 2 done
        var roots = Enumerable.Range(0, n).Where(i => steps[i].Kind == FlowStepKind.Start)
            .Concat(Enumerable.Range(0, n).Where(i => !hasIncoming[i]))
            .Concat(Enumerable.Range(0, n));
        var stack = new Stack<(int Node, int Next)>();
        foreach (var root in roots)
        {
            if (state[root] != 0) continue;
            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (v, k) = stack.Pop();
                if (k == outgoing[v].Count) { state[v] = 2; continue; }
                stack.Push((v, k + 1));
                var e = outgoing[v][k];
                var w = edges[e].To;
                if (state[w] == 1) reversed[e] = true;
                else if (state[w] == 0) { state[w] = 1; stack.Push((w, 0)); }
            }
        }
        return reversed;
    }

    static int[] LongestPathLayers(int n, List<(int From, int To, string? Label)> edges, bool[] reversed)
    {
        var succ = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var indegree = new int[n];
        for (var e = 0; e < edges.Count; e++)
        {
            var (a, b) = reversed[e] ? (edges[e].To, edges[e].From) : (edges[e].From, edges[e].To);
            succ[a].Add(b);
            indegree[b]++;
        }
        var layer = new int[n];
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < n; i++) if (indegree[i] == 0) ready.Enqueue(i, i);
        while (ready.TryDequeue(out var v, out _))
            foreach (var w in succ[v])
            {
                layer[w] = Math.Max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) ready.Enqueue(w, w);
            }
        return layer;
    }

    /// <summary>Depth-first order from the top: a tree-like starting point for the crossing reduction.</summary>
    void InitialOrder(IReadOnlyList<FlowNode> steps)
    {
        var layerCount = Vertices.Count == 0 ? 0 : Vertices.Max(v => v.Layer) + 1;
        for (var l = 0; l < layerCount; l++) Layers.Add([]);
        var visited = new bool[Vertices.Count];
        var roots = Enumerable.Range(0, steps.Count).OrderBy(i => Vertices[i].Layer).ThenBy(i => steps[i].Kind == FlowStepKind.Start ? 0 : 1).ThenBy(i => i);
        var stack = new Stack<int>();
        foreach (var root in roots)
        {
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                if (visited[v]) continue;
                visited[v] = true;
                Vertices[v].Position = Layers[Vertices[v].Layer].Count;
                Layers[Vertices[v].Layer].Add(v);
                for (var k = Vertices[v].Down.Count - 1; k >= 0; k--) stack.Push(Vertices[v].Down[k]);
            }
        }
    }
}
