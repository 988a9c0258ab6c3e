namespace OpenGov.Portal.Domain.Publishing;

public enum WorkflowAction
{
    Submit,
    PassReview,
    Return,
    MarkClassified,
    Publish,
    Schedule,
    Withdraw,
    Supersede,
}
