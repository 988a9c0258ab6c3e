namespace OpenGov.Portal.Domain.Powers.Flows;

/// <summary>
/// A power's flow as authors define it: steps in their order, each naming its next steps by key.
/// It may be invalid (<see cref="FlowRules"/> says why); the flowchart still draws what it can.
/// </summary>
public sealed record FlowDefinition(IReadOnlyList<FlowNode> Steps)
{
    public static readonly FlowDefinition Empty = new([]);

    public int StepCount => Steps.Count;

    /// <summary>Structural equality (records compare lists by reference).</summary>
    public bool SameAs(FlowDefinition other) =>
        Steps.Count == other.Steps.Count && Steps.Zip(other.Steps).All(p => p.First.SameAs(p.Second));
}

/// <param name="Key">Identifier the next-step references use; letters, digits, '-' and '_'.</param>
/// <param name="Post">The responsible post (岗位), e.g. 受理窗口.</param>
/// <param name="TimeLimit">The step's time limit as people write it, e.g. 1个工作日.</param>
public sealed record FlowNode(string Key, FlowStepKind Kind, string Label, string? Post, string? TimeLimit, IReadOnlyList<FlowBranch> Next)
{
    public bool SameAs(FlowNode o) =>
        Key == o.Key && Kind == o.Kind && Label == o.Label && Post == o.Post && TimeLimit == o.TimeLimit
        && Next.Count == o.Next.Count && Next.Zip(o.Next).All(p => p.First == p.Second);
}

/// <param name="Label">The branch's condition (是/否, 符合/不符合); required on a decision's branches.</param>
public sealed record FlowBranch(string To, string? Label);
