using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class WithdrawForm
{
    /// <summary>Shown on the public page with the withdrawal notice.</summary>
    public string? PublicReason { get; set; }

    /// <summary>Published in error: the page answers 410 Gone and shows nothing.</summary>
    public bool PublishedInError { get; set; }

    public uint Version { get; set; }

    [BindNever] public int PublicationId { get; set; }
    [BindNever] public string Title { get; set; } = "";
    [BindNever] public string? IndexNumber { get; set; }
}
