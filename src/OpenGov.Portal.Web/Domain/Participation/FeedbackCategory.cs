namespace OpenGov.Portal.Domain.Participation;

public enum FeedbackCategory
{
    Consultation,
    Suggestion,
    Complaint,
    Report,
}
