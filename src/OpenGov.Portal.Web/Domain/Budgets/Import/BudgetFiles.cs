using System.Text;

namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>
/// Tables in the import layout: the CSV open-data download (UTF-8 with BOM, so Excel shows Chinese),
/// the back-office templates and the workbook of an edition. A downloaded file can be imported again.
/// </summary>
public static class BudgetFiles
{
    public static IReadOnlyList<object?> HeaderRow(BudgetTableSchema schema) => [.. schema.Headers];

    public static IReadOnlyList<object?> RowCells(BudgetTableSchema schema, BudgetRow row)
    {
        var cells = new List<object?>();
        switch (schema.Key)
        {
            case RowKey.Section: cells.Add(row.Section); cells.Add(row.Name); break;
            case RowKey.Code: cells.Add(row.Code ?? row.Name); cells.Add(row.Code is null ? "" : row.Name); break;
            default: cells.Add(row.Name); break;
        }
        cells.AddRange(row.Amounts.Cast<object?>());
        return cells;
    }

    /// <summary>The lines, then the computed 合计 row(s).</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> TableRows(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows, bool withTotals = true)
    {
        var all = new List<IReadOnlyList<object?>> { HeaderRow(schema) };
        all.AddRange(rows.Select(r => RowCells(schema, r)));
        if (withTotals && rows.Count > 0) all.AddRange(BudgetTotals.Compute(schema, rows).Select(t => RowCells(schema, t)));
        return all;
    }

    public static byte[] Csv(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(string.Join(",", row.Select(Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => Money.Plain(d),
            _ => value.ToString() ?? "",
        };
        // Cells starting with = + - @ would run as formulas in Excel (CSV injection); amounts are formatted above and never start so.
        if (value is string && text.Length > 0 && "=+-@".Contains(text[0])) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static byte[] CsvTemplate(BudgetTableSchema schema) => Csv(TemplateRows(schema));

    public static byte[] WorkbookTemplate() => XlsxWorkbookWriter.Write(
    [
        new(InstructionsSheetName, Instructions().Select(l => (IReadOnlyList<object?>)[l]).ToList()),
        .. BudgetSchemas.All.Select(s => new XlsxWorkbookWriter.SheetContent(s.Title, TemplateRows(s))),
    ]);

    public static byte[] Workbook(IReadOnlyDictionary<BudgetTableKind, IReadOnlyList<BudgetRow>> tables) => XlsxWorkbookWriter.Write(
        BudgetSchemas.All.Select(s => new XlsxWorkbookWriter.SheetContent(s.Title,
            TableRows(s, tables.TryGetValue(s.Kind, out var rows) ? rows : []))).ToList());

    const string InstructionsSheetName = BudgetFileReader.InstructionsSheet;

    static List<IReadOnlyList<object?>> TemplateRows(BudgetTableSchema schema)
    {
        var rows = new List<IReadOnlyList<object?>> { HeaderRow(schema) };
        if (schema.Key == RowKey.Item)
            rows.AddRange(ThreePublicItems.All.Select(n => (IReadOnlyList<object?>)[n, 0m]));
        return rows;
    }

    static IEnumerable<string> Instructions() =>
    [
        "部门预决算导入模板(金额单位:万元,保留两位小数)",
        "每张表一个工作表,工作表名称不可修改;第 1 行为表头,不可修改;从第 2 行起每行一条数据。",
        "可选的“合计”行:编码列或项目列填“合计”,系统会核对它是否等于各行之和。",
        "收支总表、财政拨款收支总表:方向填“收入”或“支出”,收入合计须等于支出合计。",
        "收入总表、支出总表、一般公共预算支出表:科目编码为支出功能分类科目(类 3 位/款 5 位/项 7 位),类 = 各款之和,款 = 各项之和;合计 = 各分项之和。",
        "一般公共预算基本支出表:科目编码为支出经济分类科目(类 3 位/款 5 位),类 = 各款之和。",
        "“三公”经费表:公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费。",
        "金额不能为负数,不能填文字;空白按 0 计。本“说明”工作表导入时忽略。",
    ];
}
