using System.Text;

namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) in UTF-8,
/// with or without a byte-order mark. Bytes that are not UTF-8 (a file saved as GBK, say) are refused.
/// </summary>
public static class CsvSheetReader
{
    public const int MaxRows = 2000;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RawSheet Read(string name, byte[] bytes)
    {
        if (bytes.Length == 0) throw new BudgetFileException("文件为空");
        string text;
        try
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new BudgetFileException("CSV 文件不是 UTF-8 编码。请在 Excel 中“另存为”时选择“CSV UTF-8(逗号分隔)”", ex);
        }
        if (text.Contains('\0')) throw new BudgetFileException("文件不是 CSV 文本文件");
        var rows = Parse(text);
        if (rows.All(r => r.IsBlank)) throw new BudgetFileException("文件为空,没有任何数据");
        return new RawSheet(name, rows);
    }

    static List<RawRow> Parse(string text)
    {
        var rows = new List<RawRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var rowNumber = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r' or '\n':
                    if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(new RawRow(rowNumber++, cells));
                    cells = [];
                    if (rows.Count > MaxRows) throw new BudgetFileException($"文件超过 {MaxRows} 行,不是一张部门预决算表");
                    break;
                default: cell.Append(ch); break;
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(new RawRow(rowNumber, cells));
        }
        return rows;
    }
}
