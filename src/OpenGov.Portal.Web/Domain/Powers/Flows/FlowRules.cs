using System.Text.RegularExpressions;

namespace OpenGov.Portal.Domain.Powers.Flows;

/// <summary>
/// What makes a flow publishable. Every message names the step it is about.
/// <list type="bullet">
/// <item>1 to <see cref="PowerLimits.MaxSteps"/> steps; keys unique and URL-safe; labels non-empty; lengths within limits.</item>
/// <item>Exactly one start, with no step leading back into it; at least one end, and ends lead nowhere.</item>
/// <item>Start and ordinary steps have at least one next step; a decision has at least two, each with a distinct label.</item>
/// <item>Next steps exist (no dangling references), are not the step itself and are not repeated.</item>
/// <item>Every step is reachable from the start, and from every step some end is reachable. Cycles (e.g.
/// 补正后重新审查) are therefore allowed, but only when a way out of them leads to an end.</item>
/// </list>
/// </summary>
public static partial class FlowRules
{
    [GeneratedRegex(PowerLimits.StepKeyPattern)]
    private static partial Regex KeyFormat();

    public static bool IsValid(FlowDefinition flow) => Check(flow).Count == 0;

    public static IReadOnlyList<FlowProblem> Check(FlowDefinition flow)
    {
        var problems = new List<FlowProblem>();
        var steps = flow.Steps;
        if (steps.Count == 0)
        {
            problems.Add(new(null, "流程还没有步骤:至少需要一个开始步骤和一个结束步骤"));
            return problems;
        }
        if (steps.Count > PowerLimits.MaxSteps)
        {
            // Checking a flow this large would cost more than telling the author what to fix.
            problems.Add(new(null, $"流程步骤不能超过 {PowerLimits.MaxSteps} 个(当前 {steps.Count} 个)"));
            return problems;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++) CheckFields(steps, i, index, problems);
        CheckStartAndEnds(steps, index, problems);
        for (var i = 0; i < steps.Count; i++) CheckNext(steps, i, index, problems);
        if (steps.Count(s => s.Kind == FlowStepKind.Start) == 1) CheckPaths(steps, index, problems);
        return problems;
    }

    /// <summary>How messages name a step: 步骤“受理”(s2), or its position when it has no name yet.</summary>
    public static string Describe(IReadOnlyList<FlowNode> steps, int i)
    {
        var s = steps[i];
        var label = s.Label?.Trim();
        var key = s.Key?.Trim();
        if (!string.IsNullOrEmpty(label)) return string.IsNullOrEmpty(key) ? $"第 {i + 1} 个步骤“{label}”" : $"步骤“{label}”({key})";
        return string.IsNullOrEmpty(key) ? $"第 {i + 1} 个步骤" : $"第 {i + 1} 个步骤({key})";
    }

    static void CheckFields(IReadOnlyList<FlowNode> steps, int i, Dictionary<string, int> index, List<FlowProblem> problems)
    {
        var s = steps[i];
        var name = Describe(steps, i);
        void Add(string message) => problems.Add(new(i, $"{name}:{message}"));

        if (string.IsNullOrWhiteSpace(s.Key)) Add("请填写步骤编号");
        else if (s.Key.Length > PowerLimits.StepKeyMax || !KeyFormat().IsMatch(s.Key))
            Add($"步骤编号只能包含字母、数字、连字符和下划线,且不超过 {PowerLimits.StepKeyMax} 个字符");
        else if (index.TryGetValue(s.Key, out var first)) Add($"步骤编号“{s.Key}”与{Describe(steps, first)}重复");
        else index[s.Key] = i;

        if (string.IsNullOrWhiteSpace(s.Label)) Add("请填写步骤名称");
        else if (s.Label.Length > PowerLimits.StepLabelMax) Add($"步骤名称不能超过 {PowerLimits.StepLabelMax} 个字");
        if (s.Post?.Length > PowerLimits.StepPostMax) Add($"责任岗位不能超过 {PowerLimits.StepPostMax} 个字");
        if (s.TimeLimit?.Length > PowerLimits.StepTimeLimitMax) Add($"办理时限不能超过 {PowerLimits.StepTimeLimitMax} 个字");
        if (s.Next.Count > PowerLimits.MaxBranches) Add($"后续步骤不能超过 {PowerLimits.MaxBranches} 个");
        if (s.Next.Any(b => b.Label?.Length > PowerLimits.BranchLabelMax)) Add($"分支说明不能超过 {PowerLimits.BranchLabelMax} 个字");
    }

    static void CheckStartAndEnds(IReadOnlyList<FlowNode> steps, Dictionary<string, int> index, List<FlowProblem> problems)
    {
        var starts = Enumerable.Range(0, steps.Count).Where(i => steps[i].Kind == FlowStepKind.Start).ToList();
        if (starts.Count == 0) problems.Add(new(null, "流程须有一个开始步骤"));
        foreach (var extra in starts.Skip(1))
            problems.Add(new(extra, $"{Describe(steps, extra)}:流程只能有一个开始步骤,已有{Describe(steps, starts[0])}"));
        if (!steps.Any(s => s.Kind == FlowStepKind.End)) problems.Add(new(null, "流程须至少有一个结束步骤"));
    }

    static void CheckNext(IReadOnlyList<FlowNode> steps, int i, Dictionary<string, int> index, List<FlowProblem> problems)
    {
        var s = steps[i];
        var name = Describe(steps, i);
        void Add(string message) => problems.Add(new(i, $"{name}:{message}"));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < s.Next.Count; b++)
        {
            var to = s.Next[b].To?.Trim();
            if (string.IsNullOrEmpty(to)) { Add($"第 {b + 1} 个后续步骤未填写编号"); continue; }
            if (!index.TryGetValue(to, out var target)) { Add($"后续步骤“{to}”不存在"); continue; }
            if (target == i) { Add("后续步骤不能是它自己"); continue; }
            if (!seen.Add(to)) { Add($"重复指向{Describe(steps, target)}"); continue; }
            if (steps[target].Kind == FlowStepKind.Start) Add($"后续步骤“{to}”是开始步骤,流程不能回到开始");
        }

        switch (s.Kind)
        {
            case FlowStepKind.End when s.Next.Count > 0:
                Add("结束步骤不能有后续步骤");
                break;
            case FlowStepKind.Start or FlowStepKind.Step when s.Next.Count == 0:
                Add("请指定后续步骤");
                break;
            case FlowStepKind.Decision:
                if (s.Next.Count < 2) Add("判断步骤至少需要两个分支");
                if (s.Next.Any(n => string.IsNullOrWhiteSpace(n.Label))) Add("判断步骤的每个分支都须填写分支说明,如“是”“否”");
                var duplicate = s.Next.Where(n => !string.IsNullOrWhiteSpace(n.Label)).GroupBy(n => n.Label!.Trim()).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null) Add($"分支说明“{duplicate.Key}”重复");
                break;
        }
    }

    static void CheckPaths(IReadOnlyList<FlowNode> steps, Dictionary<string, int> index, List<FlowProblem> problems)
    {
        var next = steps.Select(s => s.Next.Select(b => b.To?.Trim() ?? "").Where(index.ContainsKey).Select(k => index[k]).ToList()).ToList();
        var start = Enumerable.Range(0, steps.Count).First(i => steps[i].Kind == FlowStepKind.Start);
        var reachable = Reach([start], next);

        var previous = Enumerable.Range(0, steps.Count).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < steps.Count; i++) foreach (var j in next[i]) previous[j].Add(i);
        var ends = Enumerable.Range(0, steps.Count).Where(i => steps[i].Kind == FlowStepKind.End).ToList();
        var finishing = Reach(ends, previous);

        for (var i = 0; i < steps.Count; i++)
        {
            if (!reachable[i]) problems.Add(new(i, $"{Describe(steps, i)}:从开始步骤无法到达该步骤"));
            // A step with no next step was reported above; this catches loops with no way out.
            else if (!finishing[i] && next[i].Count > 0)
                problems.Add(new(i, $"{Describe(steps, i)}:从该步骤出发无法到达任何结束步骤,流程会在循环中无法结束"));
        }
    }

    static bool[] Reach(IEnumerable<int> from, List<List<int>> edges)
    {
        var seen = new bool[edges.Count];
        var queue = new Queue<int>();
        foreach (var f in from) { seen[f] = true; queue.Enqueue(f); }
        while (queue.Count > 0)
            foreach (var n in edges[queue.Dequeue()])
                if (!seen[n]) { seen[n] = true; queue.Enqueue(n); }
        return seen;
    }
}
