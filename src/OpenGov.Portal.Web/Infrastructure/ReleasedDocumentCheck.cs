namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// A minimal content check for documents released to applicants: the extension must be one we accept and
/// the file's first bytes must match it. The stored content type comes from here, never from the browser.
/// </summary>
public static class ReleasedDocumentCheck
{
    static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    static readonly Dictionary<string, (string ContentType, byte[] Magic)> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".ofd"] = ("application/ofd", Zip),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
    };

    public static string AcceptedExtensions => string.Join("、", Accepted.Keys);

    /// <summary>The content type for <paramref name="fileName"/> when its bytes start as that type's files do; otherwise null.</summary>
    public static string? ContentTypeOf(string fileName, ReadOnlySpan<byte> content)
    {
        if (!Accepted.TryGetValue(Path.GetExtension(fileName), out var kind)) return null;
        return content.StartsWith(kind.Magic) ? kind.ContentType : null;
    }

    /// <summary>The bare file name, without directories or control characters, at most <paramref name="max"/> characters (keeping the extension).</summary>
    public static string CleanName(string fileName, int max)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length <= max) return name;
        var ext = Path.GetExtension(name);
        return name[..(max - ext.Length)] + ext;
    }
}
