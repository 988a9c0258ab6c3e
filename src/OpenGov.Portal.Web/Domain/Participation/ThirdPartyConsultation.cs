namespace OpenGov.Portal.Domain.Participation;

/// <summary>A written consultation of a third party whose rights the disclosure could harm (《条例》第三十二条).</summary>
public sealed class ThirdPartyConsultation
{
    public const int ThirdPartyMax = 100;
    public const int NoteMax = 500;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string ThirdParty { get; private set; } = "";
    public DateOnly SentOn { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public string? Note { get; private set; }

    private ThirdPartyConsultation() { }

    internal ThirdPartyConsultation(string thirdParty, DateOnly sentOn)
    {
        ThirdParty = thirdParty;
        SentOn = sentOn;
    }

    internal void Close(DateOnly answeredOn, string? note)
    {
        AnsweredOn = answeredOn;
        Note = note;
    }

    public ConsultationPeriod Period => new(ThirdParty, SentOn, AnsweredOn);
}
