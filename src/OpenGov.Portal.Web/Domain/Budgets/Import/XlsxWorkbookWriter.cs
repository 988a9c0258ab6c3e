using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>Writes a plain .xlsx workbook: text cells as inline strings, decimals as numbers.</summary>
public static class XlsxWorkbookWriter
{
    public sealed record SheetContent(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

    public static byte[] Write(IReadOnlyList<SheetContent> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var rowIndex = 1u;
                foreach (var values in sheet.Rows)
                {
                    var row = new Row { RowIndex = rowIndex };
                    for (var c = 0; c < values.Count; c++)
                    {
                        if (values[c] is null) continue;
                        row.Append(CellFor(CellRef.Of(c, (int)rowIndex), values[c]!));
                    }
                    data.Append(row);
                    rowIndex++;
                }
                part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 2, Width = 28, CustomWidth = true },
                    new Column { Min = 3, Max = 8, Width = 16, CustomWidth = true }), data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    static Cell CellFor(string reference, object value) => value switch
    {
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i), DataType = CellValues.Number },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };
}
