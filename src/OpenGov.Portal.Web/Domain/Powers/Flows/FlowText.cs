namespace OpenGov.Portal.Domain.Powers.Flows;

/// <summary>
/// The flow in words, for screen readers and for anyone who cannot read the chart: the steps in the
/// author's order, numbered, each saying where it leads ("是 → 第 5 步 受理").
/// </summary>
public static class FlowText
{
    public sealed record Step(int Number, string Key, FlowStepKind Kind, string Label, string? Post, string? TimeLimit, IReadOnlyList<Branch> Next);

    /// <param name="Number">The target's step number; null when the target does not exist.</param>
    public sealed record Branch(string? Label, int? Number, string Target);

    public static IReadOnlyList<Step> Describe(FlowDefinition flow)
    {
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Steps.Count; i++) number.TryAdd(flow.Steps[i].Key ?? "", i + 1);
        return flow.Steps.Select((s, i) => new Step(i + 1, s.Key, s.Kind, s.Label, s.Post, s.TimeLimit,
            s.Next.Select(b => number.TryGetValue(b.To ?? "", out var n)
                ? new Branch(b.Label, n, flow.Steps[n - 1].Label)
                : new Branch(b.Label, null, b.To ?? "")).ToList())).ToList();
    }

    public static string KindName(FlowStepKind kind) => kind switch
    {
        FlowStepKind.Start => "开始",
        FlowStepKind.Decision => "判断",
        FlowStepKind.End => "结束",
        _ => "步骤",
    };
}
