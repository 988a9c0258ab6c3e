using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class ReviewForm
{
    public ReviewDecision? Decision { get; set; }
    public DisclosureMode? DisclosureMode { get; set; }
    public string? Reason { get; set; }
    public uint Version { get; set; }
}
