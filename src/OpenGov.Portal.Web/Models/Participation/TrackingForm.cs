namespace OpenGov.Portal.Models.Participation;

/// <summary>A tracking-code look-up, and (on an application awaiting correction) the applicant's correction.</summary>
public sealed class TrackingForm
{
    public string? Code { get; set; }
    public string? CorrectionText { get; set; }
}
