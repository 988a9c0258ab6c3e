namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The upload form of an edition: its title, current files and the size limit.</summary>
public sealed record AttachmentUploadPage(int EditionId, string Title, uint Version, IReadOnlyList<AttachmentRow> Attachments, int MaxSizeMegabytes);
