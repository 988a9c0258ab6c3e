namespace OpenGov.Portal.Domain.Powers.Flows;

public enum FlowStepKind
{
    Start,
    Step,
    Decision,
    End,
}
