namespace OpenGov.Portal.Domain.Publishing;

/// <summary>Every kind of content shares one workflow; kind-specific data hangs off the edition.</summary>
public enum PublicationKind
{
    Article,
    PolicyDocument,
    Interpretation,
    Budget,
    Power,
    AnnualReport,
    Survey,
    FeedbackReply,
}
