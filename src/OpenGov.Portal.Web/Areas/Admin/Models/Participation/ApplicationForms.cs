using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class CorrectionRequestForm
{
    public string? Request { get; set; }
}

public sealed class CorrectionReceivedForm
{
    public DateOnly? ReceivedOn { get; set; }
    public string? Text { get; set; }
}

public sealed class ConsultationForm
{
    public string? ThirdParty { get; set; }
    public DateOnly? SentOn { get; set; }
}

public sealed class ConsultationEndForm
{
    public DateOnly? AnsweredOn { get; set; }
    public string? Note { get; set; }
}

public sealed class ExtensionForm
{
    public int? WorkingDays { get; set; }
    public string? Reason { get; set; }
}

public sealed class AnswerForm
{
    public AnswerType? Type { get; set; }
    public DisclosureOutcome? Outcome { get; set; }
    public string? Text { get; set; }
    public string? LegalBasis { get; set; }
    public string? ReferredBody { get; set; }
    public string? WhereToFind { get; set; }

    public AnswerDetails ToDetails() => new(Type!.Value, Outcome!.Value, Text!, LegalBasis, ReferredBody, WhereToFind);
}
