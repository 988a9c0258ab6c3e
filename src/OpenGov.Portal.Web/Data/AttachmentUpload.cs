using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>The outcome of an upload: the stored attachment, or a sentence saying why it was refused.</summary>
public sealed record AttachmentUpload(Attachment? Added, string? Error)
{
    public static AttachmentUpload Refused(string error) => new(null, error);
}
