namespace OpenGov.Portal.Domain.Participation;

/// <summary>A third-party consultation (第三十二条): working days after it was sent up to the day the opinion came back are not counted.</summary>
public sealed record ConsultationPeriod(string ThirdParty, DateOnly SentOn, DateOnly? AnsweredOn);

/// <summary>Everything about an application that moves its deadline.</summary>
public sealed record DeadlineFacts(
    DateOnly ReceivedOn,
    DateOnly? CorrectionRequestedOn = null,
    DateOnly? CorrectionDueOn = null,
    DateOnly? CorrectionReceivedOn = null,
    int ExtensionWorkingDays = 0,
    string? ExtensionApprovedBy = null,
    string? ExtensionReason = null,
    IReadOnlyList<ConsultationPeriod>? Consultations = null);
