namespace OpenGov.Portal.Domain.Publishing;

/// <summary>Attachment content, stored in PostgreSQL so a database backup holds everything.</summary>
public sealed class AttachmentBlob
{
    public required string Sha256 { get; set; }
    public required byte[] Data { get; set; }
}
