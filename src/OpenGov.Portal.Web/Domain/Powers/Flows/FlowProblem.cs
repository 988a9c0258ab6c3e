namespace OpenGov.Portal.Domain.Powers.Flows;

/// <summary>One reason a flow is refused. <see cref="StepIndex"/> is the step's position (null: the flow as a whole).</summary>
public sealed record FlowProblem(int? StepIndex, string Message);
