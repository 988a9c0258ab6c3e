namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class SignOffForm
{
    public SignOffDecision? Decision { get; set; }

    /// <summary>China Standard Time as typed in a datetime-local field; stored as UTC.</summary>
    public DateTime? ScheduleAt { get; set; }

    public string? Reason { get; set; }
    public uint Version { get; set; }
}
