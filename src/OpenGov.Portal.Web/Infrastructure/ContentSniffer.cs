using System.IO.Compression;
using System.Text;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Decides what a file is from its bytes, never from its name: magic numbers for PDF and images, the
/// OLE2 compound-file directory for .doc/.xls, and the package parts for .docx/.xlsx.
/// </summary>
public static class ContentSniffer
{
    static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    // The package's [Content_Types].xml is small; a larger one is not an Office document we accept.
    const int MaxContentTypesBytes = 1024 * 1024;

    public static AttachmentType? Detect(byte[] data)
    {
        ReadOnlySpan<byte> head = data;
        if (head.StartsWith(PdfMagic)) return AttachmentType.Pdf;
        if (head.StartsWith(PngMagic)) return AttachmentType.Png;
        if (head.StartsWith(JpegMagic)) return AttachmentType.Jpeg;
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return AttachmentType.Gif;
        if (head.StartsWith(Ole2Magic)) return DetectCompoundFile(data);
        if (head.StartsWith(ZipMagic)) return DetectOfficePackage(data);
        return null;
    }

    /// <summary>
    /// An OLE2 compound file names its streams in 128-byte directory entries (UTF-16LE, sector-aligned
    /// after the 512-byte header): Word keeps its text in "WordDocument", Excel in "Workbook" (or "Book" before 97).
    /// </summary>
    static AttachmentType? DetectCompoundFile(byte[] data)
    {
        var word = Encoding.Unicode.GetBytes("WordDocument\0");
        var workbook = Encoding.Unicode.GetBytes("Workbook\0");
        var book = Encoding.Unicode.GetBytes("Book\0");
        for (var offset = 512; offset + 128 <= data.Length; offset += 128)
        {
            var entry = data.AsSpan(offset, 64);
            if (entry.StartsWith(word)) return AttachmentType.Doc;
            if (entry.StartsWith(workbook) || entry.StartsWith(book)) return AttachmentType.Xls;
        }
        return null;
    }

    static AttachmentType? DetectOfficePackage(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesBytes) return null;
            string xml;
            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
                xml = reader.ReadToEnd();
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (xml.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal) && names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                return AttachmentType.Docx;
            if (xml.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) && names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                return AttachmentType.Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
