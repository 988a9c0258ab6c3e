using OpenGov.Portal.Domain.Powers.Flows;
using static OpenGov.Portal.Domain.Powers.Flows.FlowStepKind;

namespace OpenGov.Portal.UnitTests.Powers;

/// <summary>Flows for the tests: a small valid one, a large one, and seeded random valid ones.</summary>
internal static class TestFlows
{
    public static FlowNode N(string key, FlowStepKind kind, string label, params (string To, string? Label)[] next) =>
        new(key, kind, label, null, null, next.Select(n => new FlowBranch(n.To, n.Label)).ToList());

    /// <summary>申请 → 受理 → 材料齐全? (否 → 补正 → 受理) → 审查 → 办结.</summary>
    public static FlowDefinition Valid() => new([
        N("start", Start, "申请", ("s1", null)),
        N("s1", Step, "受理", ("d1", null)),
        N("d1", Decision, "材料是否齐全", ("s2", "是"), ("s3", "否")),
        N("s3", Step, "一次性告知补正", ("s1", null)),
        N("s2", Step, "审查", ("end", null)),
        N("end", End, "办结"),
    ]);

    public static FlowDefinition With(FlowDefinition flow, int index, Func<FlowNode, FlowNode> change) =>
        new(flow.Steps.Select((s, i) => i == index ? change(s) : s).ToList());

    /// <summary>
    /// A chain of <paramref name="count"/> steps where every fifth step is a decision whose second branch
    /// jumps ahead (a long edge) or back (a loop), plus a second end. Valid by construction.
    /// </summary>
    public static FlowDefinition Large(int count, int seed = 7)
    {
        var random = new Random(seed);
        var steps = new List<FlowNode> { N("k0", Start, "开始申请", ("k1", null)) };
        for (var i = 1; i < count - 2; i++)
        {
            var next = $"k{i + 1}";
            if (i % 5 == 0)
            {
                var other = random.Next(3) == 0 ? Math.Max(1, i - 1 - random.Next(6)) : Math.Min(count - 2, i + 2 + random.Next(8));
                if (other == i || other == i + 1 || i == 5) other = count - 1;
                steps.Add(N($"k{i}", Decision, $"第{i}步判断是否符合条件", (next, "是"), ($"k{other}", "否")));
            }
            else steps.Add(new FlowNode($"k{i}", Step, $"第{i}步审查处理环节", "经办人", "3个工作日", [new(next, null)]));
        }
        steps.Add(N($"k{count - 2}", End, "办结"));
        steps.Add(N($"k{count - 1}", End, "不予办理"));
        return new FlowDefinition(steps);
    }

    /// <summary>Random valid flows: a spine from start to end, extra decisions branching anywhere, loops that return to the spine.</summary>
    public static FlowDefinition Random(int seed)
    {
        var random = new Random(seed);
        var spine = 4 + random.Next(14);
        var nodes = new List<(string Key, FlowStepKind Kind, string Label, List<(string, string?)> Next)>();
        for (var i = 0; i < spine; i++)
        {
            var kind = i == 0 ? Start : i == spine - 1 ? End : Step;
            var label = string.Concat(Enumerable.Repeat("审查环节", 4))[..(2 + random.Next(14))];
            nodes.Add(($"n{i}", kind, label, i == spine - 1 ? [] : [($"n{i + 1}", null)]));
        }
        var extra = random.Next(6);
        for (var e = 0; e < extra; e++)
        {
            // Turn a spine step into a decision with a second branch: forward, backward, or to a new end.
            var at = 1 + random.Next(spine - 2);
            var node = nodes[at];
            if (node.Kind != Step) continue;
            var target = random.Next(3) switch
            {
                0 => $"n{random.Next(1, at)}",
                1 => $"n{Math.Min(spine - 1, at + 1 + random.Next(5))}",
                _ => AddEnd(),
            };
            if (target == node.Next[0].Item1 || target == node.Key) continue;
            node.Next[0] = (node.Next[0].Item1, "是");
            node.Next.Add((target, "否"));
            nodes[at] = (node.Key, Decision, node.Label + "?", node.Next);
        }
        return new FlowDefinition(nodes.Select(n => N(n.Key, n.Kind, n.Label, n.Next.ToArray())).ToList());

        string AddEnd()
        {
            var key = $"e{nodes.Count}";
            nodes.Add((key, End, "结束", []));
            return key;
        }
    }
}
