namespace OpenGov.Portal.Infrastructure;

/// <summary>A file type that may be attached to an edition, with the extensions that may name it.</summary>
public sealed record AttachmentType(string Name, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly AttachmentType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly AttachmentType Doc = new("Word", "application/msword", [".doc"]);
    public static readonly AttachmentType Docx = new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly AttachmentType Xls = new("Excel", "application/vnd.ms-excel", [".xls"]);
    public static readonly AttachmentType Xlsx = new("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly AttachmentType Png = new("PNG", "image/png", [".png"]);
    public static readonly AttachmentType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly AttachmentType Gif = new("GIF", "image/gif", [".gif"]);

    public static IReadOnlyList<AttachmentType> All { get; } = [Pdf, Doc, Docx, Xls, Xlsx, Png, Jpeg, Gif];

    /// <summary>What the upload form says is accepted.</summary>
    public const string AcceptedDescription = "PDF、Word(.doc/.docx)、Excel(.xls/.xlsx)、PNG/JPEG/GIF 图片";

    public static string AcceptAttribute => string.Join(',', All.SelectMany(t => t.Extensions));

    public static AttachmentType? ForFileName(string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(t => t.Extensions.Contains(ext));
    }
}
