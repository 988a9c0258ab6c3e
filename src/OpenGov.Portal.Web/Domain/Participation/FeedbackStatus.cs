namespace OpenGov.Portal.Domain.Participation;

public enum FeedbackStatus
{
    /// <summary>Contains a blocked word: a coordinator reads it before it is handled (never rejected automatically).</summary>
    PendingModeration,

    /// <summary>Received, waiting to be assigned to a department (待分办).</summary>
    New,

    /// <summary>Assigned to a department, waiting for its reply (办理中).</summary>
    Assigned,

    Replied,

    /// <summary>Spam or abuse found on manual review; closed without a reply.</summary>
    Invalid,
}
