namespace OpenGov.Portal.Domain.Participation;

/// <summary>A released document attached to an answer. The bytes are an AttachmentBlob (keyed by SHA-256), as for editions.</summary>
public sealed class DisclosureDocument
{
    public const int FileNameMax = 200;
    public const int ContentTypeMax = 100;

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedByName { get; private set; } = "";

    private DisclosureDocument() { }

    internal DisclosureDocument(string fileName, string contentType, long size, string sha256, DateTimeOffset at, string by)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedAt = at;
        UploadedByName = by;
    }
}
