namespace OpenGov.Portal.Domain.Publishing;

/// <summary>
/// A file attached to an edition. The bytes live in <see cref="AttachmentBlob"/>, keyed by their
/// SHA-256, so a new edition shares its predecessor's files without copying them.
/// </summary>
public sealed class Attachment
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedById { get; set; }
    public int SortOrder { get; set; }

    public Attachment CopyFor(string userId, DateTimeOffset now) => new()
    {
        FileName = FileName, ContentType = ContentType, Size = Size, Sha256 = Sha256,
        UploadedAt = now, UploadedById = userId, SortOrder = SortOrder,
    };
}
