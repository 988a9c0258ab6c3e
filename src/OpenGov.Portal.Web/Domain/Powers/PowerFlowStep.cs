using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.Domain.Powers;

/// <summary>A stored step of a power's flow; <see cref="PowerItem.Flow"/> turns the rows back into a <see cref="FlowDefinition"/>.</summary>
public sealed class PowerFlowStep
{
    public int EditionId { get; private set; }
    public string Key { get; private set; } = "";
    public int SortOrder { get; internal set; }
    public FlowStepKind Kind { get; internal set; }
    public string Label { get; internal set; } = "";
    public string? Post { get; internal set; }
    public string? TimeLimit { get; internal set; }
    public List<PowerFlowLink> Next { get; private set; } = [];

    private PowerFlowStep() { }

    internal PowerFlowStep(string key) => Key = key;
}

/// <summary>An arrow from one step to the next; the database refuses one whose target step does not exist.</summary>
public sealed class PowerFlowLink
{
    public int EditionId { get; private set; }
    public string FromKey { get; private set; } = "";
    public int SortOrder { get; private set; }
    public string ToKey { get; internal set; } = "";
    public string? Label { get; internal set; }

    private PowerFlowLink() { }

    internal PowerFlowLink(int sortOrder) => SortOrder = sortOrder;
}
