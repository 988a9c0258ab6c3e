using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>
/// Reads every worksheet of an .xlsx workbook as text. Anything that is not a zip package holding a
/// workbook (a PDF or a Word file renamed .xlsx, an old .xls) is refused with a sentence.
/// </summary>
public static class XlsxWorkbookReader
{
    public const int MaxRows = 2000;
    public const int MaxColumns = 50;

    public static IReadOnlyList<RawSheet> Read(byte[] bytes)
    {
        if (bytes.Length == 0) throw new BudgetFileException("文件为空");
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            throw new BudgetFileException("文件不是有效的 Excel 工作簿(.xlsx)。如为 .xls 或其他格式,请在 Excel 中另存为 .xlsx 后再上传");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // MaxCharactersInPart guards against zip bombs: a small file that inflates to gigabytes of XML.
            using var doc = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 10_000_000 });
            var workbook = doc.WorkbookPart ?? throw new BudgetFileException("文件不是有效的 Excel 工作簿(.xlsx):其中没有工作簿");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheets = new List<RawSheet>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } relId || workbook.GetPartById(relId) is not WorksheetPart part) continue;
                sheets.Add(new RawSheet(sheet.Name?.Value ?? "", ReadRows(part, shared)));
            }
            if (sheets.Count == 0) throw new BudgetFileException("工作簿中没有工作表");
            return sheets;
        }
        catch (BudgetFileException) { throw; }
        // A damaged or foreign package can fail in many ways inside the SDK; each means "not a workbook we can read".
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new BudgetFileException("文件不是有效的 Excel 工作簿(.xlsx),无法读取。请用 Excel 打开后另存为 .xlsx 再上传", ex);
        }
    }

    static List<RawRow> ReadRows(WorksheetPart part, List<string> shared)
    {
        var rows = new List<RawRow>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null) return rows;
        var next = 1;
        foreach (var row in data.Elements<Row>())
        {
            var number = (int?)row.RowIndex?.Value ?? next;
            next = number + 1;
            if (number > MaxRows) throw new BudgetFileException($"工作表超过 {MaxRows} 行,不是一张部门预决算表");
            var cells = new List<string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var index = cell.CellReference?.Value is { } r ? CellRef.ColumnIndex(r) : position;
                if (index < 0) index = position;
                if (index >= MaxColumns) break;
                while (cells.Count < index) cells.Add("");
                cells.Add(Text(cell, shared));
                position = index + 1;
            }
            rows.Add(new RawRow(number, cells));
        }
        return rows;
    }

    static string Text(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return value == "1" ? "TRUE" : "FALSE";
        return value;
    }
}
