namespace OpenGov.Portal.Domain.Participation;

/// <summary>Whether a replied letter appears in the public list (only with the writer's consent and after review).</summary>
public enum FeedbackPublicationState
{
    NotRequested,
    AwaitingReview,
    Published,
    Withheld,
}
