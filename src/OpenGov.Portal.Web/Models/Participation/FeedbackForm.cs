using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Models.Participation;

public sealed class FeedbackForm
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public FeedbackCategory? Category { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public bool ConsentToPublish { get; set; }

    /// <summary>The honeypot (<see cref="Honeypot"/>).</summary>
    public string? Homepage { get; set; }
}
