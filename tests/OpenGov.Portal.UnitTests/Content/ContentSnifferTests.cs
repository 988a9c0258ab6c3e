using System.IO.Compression;
using System.Text;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.UnitTests.Content;

public sealed class ContentSnifferTests
{
    public static byte[] CompoundFile(string streamName)
    {
        var data = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(data, 0);
        Encoding.Unicode.GetBytes("Root Entry\0").CopyTo(data, 512);
        Encoding.Unicode.GetBytes(streamName + "\0").CopyTo(data, 640);
        return data;
    }

    static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(text);
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Recognises_every_accepted_type_by_content()
    {
        Assert.Same(AttachmentType.Pdf, ContentSniffer.Detect(DemoFiles.Pdf("Hello")));
        Assert.Same(AttachmentType.Docx, ContentSniffer.Detect(DemoFiles.Docx("你好")));
        Assert.Same(AttachmentType.Xlsx, ContentSniffer.Detect(DemoFiles.Xlsx("表", [["a", "1"]])));
        Assert.Same(AttachmentType.Doc, ContentSniffer.Detect(CompoundFile("WordDocument")));
        Assert.Same(AttachmentType.Xls, ContentSniffer.Detect(CompoundFile("Workbook")));
        Assert.Same(AttachmentType.Xls, ContentSniffer.Detect(CompoundFile("Book")));
        Assert.Same(AttachmentType.Png, ContentSniffer.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        Assert.Same(AttachmentType.Jpeg, ContentSniffer.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]));
        Assert.Same(AttachmentType.Gif, ContentSniffer.Detect("GIF89a\x01\0\x01\0"u8.ToArray()));
    }

    [Theory]
    [InlineData("MZ\x90\0\x03\0\0\0")]                       // a Windows executable
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script>")]
    [InlineData("<html>%PDF-1.4")]                          // the magic must come first
    [InlineData("")]
    [InlineData("just some text")]
    public void Refuses_what_is_not_an_accepted_type(string content) =>
        Assert.Null(ContentSniffer.Detect(Encoding.Latin1.GetBytes(content)));

    [Fact]
    public void A_zip_that_is_not_an_office_document_is_refused()
    {
        Assert.Null(ContentSniffer.Detect(Zip(("readme.txt", "hello"))));
        Assert.Null(ContentSniffer.Detect(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))));
        // Says Word in its content types but has no word/ part.
        Assert.Null(ContentSniffer.Detect(Zip(("[Content_Types].xml", "wordprocessingml.document.main+xml"), ("x.xml", "<x/>"))));
    }

    [Fact]
    public void A_truncated_zip_is_refused_not_thrown() =>
        Assert.Null(ContentSniffer.Detect(DemoFiles.Docx("截断")[..40]));

    [Fact]
    public void An_OLE2_file_that_is_neither_Word_nor_Excel_is_refused() =>
        Assert.Null(ContentSniffer.Detect(CompoundFile("PowerPoint Document")));

    [Theory]
    [InlineData("报告.PDF", "PDF")]
    [InlineData("a.docx", "Word")]
    [InlineData("a.jpeg", "JPEG")]
    [InlineData("a.JPG", "JPEG")]
    public void Extensions_name_types_case_insensitively(string name, string type) =>
        Assert.Equal(type, AttachmentType.ForFileName(name)!.Name);

    [Theory]
    [InlineData("a.exe")]
    [InlineData("a.html")]
    [InlineData("a.pdf.exe")]
    [InlineData("noextension")]
    public void Other_extensions_are_not_accepted(string name) => Assert.Null(AttachmentType.ForFileName(name));
}
