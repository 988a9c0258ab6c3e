using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Models.Participation;

/// <summary>What the applicant sees with the tracking code: status, how the deadline was calculated, and the answer. No personal data.</summary>
public sealed record ApplicationStatusPage(
    string Code,
    string ApplicantType,
    DateTimeOffset ReceivedAt,
    string Description,
    ApplicationStatus Status,
    DeadlineCalculation Deadline,
    string? CorrectionRequest,
    DateOnly? CorrectionDueOn,
    bool CanCorrectOnline,
    ApplicationStatusPage.AnswerView? Answer,
    IReadOnlyList<ApplicationStatusPage.DocumentLink> Documents)
{
    public sealed record AnswerView(string Type, string Article, string Text, string? LegalBasis, string? ReferredBody, string? WhereToFind,
        DateOnly AnsweredOn, bool OnTime);

    public sealed record DocumentLink(string FileName, long Size, string Token);
}
