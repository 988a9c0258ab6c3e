namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>
/// Reads an uploaded file in the documented layout (docs/budgets.md): an .xlsx workbook with one sheet
/// per table (sheet named after the table), or a .csv file holding one table. Then checks every table.
/// </summary>
public static class BudgetFileReader
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string InstructionsSheet = "说明";

    public static BudgetImport Read(string fileName, byte[] bytes, BudgetTableKind? csvTable)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (bytes.Length == 0) return Fail(fileName, "文件为空");
        if (bytes.Length > MaxBytes) return Fail(fileName, $"文件超过 {MaxBytes / 1024 / 1024} MB 的上限");
        try
        {
            return extension switch
            {
                ".xlsx" => ReadWorkbook(XlsxWorkbookReader.Read(bytes)),
                ".csv" => ReadCsv(fileName!, bytes, csvTable),
                _ => Fail(fileName, "只能导入 .xlsx 工作簿或 .csv 文件"),
            };
        }
        catch (BudgetFileException ex)
        {
            return Fail(fileName, ex.Message);
        }
    }

    static BudgetImport ReadCsv(string fileName, byte[] bytes, BudgetTableKind? table)
    {
        var schema = table is { } k ? BudgetSchemas.For(k) : BudgetSchemas.ByName(Path.GetFileNameWithoutExtension(fileName));
        if (schema is null) return Fail(fileName, "请选择该 CSV 文件对应的表格(或按模板以表格名称命名文件,如 function.csv)");
        return Check([(schema, CsvSheetReader.Read(schema.Title, bytes))], []);
    }

    static BudgetImport ReadWorkbook(IReadOnlyList<RawSheet> sheets)
    {
        var problems = new List<BudgetProblem>();
        var matched = new List<(BudgetTableSchema, RawSheet)>();
        foreach (var sheet in sheets)
        {
            if (sheet.Name.Trim() == InstructionsSheet) continue;
            var schema = BudgetSchemas.ByName(sheet.Name);
            if (schema is null)
            {
                if (sheet.Rows.All(r => r.IsBlank)) continue;
                problems.Add(new(sheet.Name, null, null,
                    $"工作表“{sheet.Name}”不是标准表格,工作表应命名为:{string.Join("、", BudgetSchemas.All.Select(s => s.Title))}"));
            }
            else if (matched.Any(m => m.Item1 == schema)) problems.Add(new(sheet.Name, null, null, $"工作簿中有两个“{schema.Title}”工作表"));
            else matched.Add((schema, sheet));
        }
        if (matched.Count == 0 && problems.Count == 0) problems.Add(new("工作簿", null, null, "工作簿中没有可导入的表格"));
        return Check(matched, problems);
    }

    static BudgetImport Check(IEnumerable<(BudgetTableSchema Schema, RawSheet Sheet)> sheets, List<BudgetProblem> problems)
    {
        var tables = new List<ParsedTable>();
        foreach (var (schema, sheet) in sheets.OrderBy(s => s.Schema.Kind))
        {
            var (table, parseProblems) = BudgetSheetParser.Parse(schema, sheet);
            problems.AddRange(parseProblems);
            // Sum rules only make sense on a table whose every row could be read.
            if (parseProblems.Count == 0) problems.AddRange(BudgetChecker.Check(table));
            tables.Add(table);
        }
        return new BudgetImport(tables, problems);
    }

    static BudgetImport Fail(string? fileName, string message) =>
        new([], [new BudgetProblem(string.IsNullOrEmpty(fileName) ? "文件" : fileName, null, null, message)]);
}
