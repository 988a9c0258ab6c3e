using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// Small but valid files made in code for demo attachments (and tests): a one-page PDF, a one-sheet
/// .xlsx and a .docx, built by hand so no document library is needed.
/// </summary>
public static class DemoFiles
{
    static readonly DateTimeOffset Stamp = new(2012, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A one-page PDF showing <paramref name="lines"/> (ASCII, in Helvetica).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 16 Tf 72 770 Td 22 TL\n");
        foreach (var line in lines)
            text.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal)
                .Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        text.Append("ET");
        var stream = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A workbook with one sheet; numbers stay numbers, everything else is an inline string.</summary>
    public static byte[] Xlsx(string sheetName, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                var cell = $"{(char)('A' + c)}{r + 1}";
                var value = rows[r][c];
                sheet.Append(decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    ? $"<c r=\"{cell}\"><v>{value}</v></c>"
                    : $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>");
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");
        return Package(new()
        {
            ["[Content_Types].xml"] = ContentTypes(
                ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")),
            ["_rels/.rels"] = Relationships(("officeDocument", "xl/workbook.xml")),
            ["xl/workbook.xml"] = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + $"<sheets><sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = Relationships(("worksheet", "worksheets/sheet1.xml")),
            ["xl/worksheets/sheet1.xml"] = sheet.ToString(),
        });
    }

    /// <summary>A Word document with one paragraph per string.</summary>
    public static byte[] Docx(params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        return Package(new()
        {
            ["[Content_Types].xml"] = ContentTypes(("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
            ["_rels/.rels"] = Relationships(("officeDocument", "word/document.xml")),
            ["word/document.xml"] = $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>",
        });
    }

    static string ContentTypes(params (string Part, string Type)[] overrides) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + string.Concat(overrides.Select(o => $"<Override PartName=\"{o.Part}\" ContentType=\"{o.Type}\"/>")) + "</Types>";

    static string Relationships(params (string Type, string Target)[] rels) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(rels.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    static byte[] Package(Dictionary<string, string> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Stamp; // same bytes every run, so the SHA-256 key is stable
                using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
        }
        return buffer.ToArray();
    }
}
