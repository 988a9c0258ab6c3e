namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>
/// Turns the text of one sheet (row 1: the header of <see cref="BudgetTableSchema.Headers"/>) into a
/// table, naming the row and cell of every cell it cannot read. Sum rules are checked afterwards by
/// <see cref="BudgetChecker"/>.
/// </summary>
public static class BudgetSheetParser
{
    public const int MaxLines = 500;

    public static (ParsedTable Table, List<BudgetProblem> Problems) Parse(BudgetTableSchema schema, RawSheet sheet)
    {
        var problems = new List<BudgetProblem>();
        var rows = new List<BudgetRow>();
        var totals = new List<BudgetRow>();
        var empty = new ParsedTable(schema.Kind, [], []);

        var content = sheet.Rows.Where(r => !r.IsBlank).ToList();
        if (content.Count == 0)
        {
            problems.Add(new(schema.Title, null, null, "表格为空,没有表头和数据"));
            return (empty, problems);
        }
        var header = content[0];
        if (FirstHeaderMismatch(schema, header) is { } column)
        {
            problems.Add(new(schema.Title, header.Number, header.Number > 0 ? CellRef.Of(column, header.Number) : null,
                $"表头(列名)不正确:应为“{string.Join(",", schema.Headers)}”,实际为“{string.Join(",", header.Cells.Select(c => c.Trim()).Where(c => c.Length > 0))}”。请使用后台提供的模板"));
            return (empty, problems);
        }
        if (content.Count - 1 > MaxLines)
        {
            problems.Add(new(schema.Title, null, null, $"表格超过 {MaxLines} 行数据"));
            return (empty, problems);
        }

        foreach (var raw in content.Skip(1))
        {
            var row = ParseRow(schema, raw, problems);
            if (row is null) continue;
            if (row.Name == BudgetTableSchema.TotalLabel || row.Code == BudgetTableSchema.TotalLabel) totals.Add(row with { Code = null, Name = BudgetTableSchema.TotalLabel });
            else rows.Add(row);
        }
        if (rows.Count == 0 && problems.Count == 0) problems.Add(new(schema.Title, null, null, "表格没有数据行"));
        return (new ParsedTable(schema.Kind, rows, totals), problems);
    }

    /// <summary>The index of the first header cell that differs from the layout (an extra or a missing column included); null when it matches.</summary>
    static int? FirstHeaderMismatch(BudgetTableSchema schema, RawRow header)
    {
        var cells = header.Cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        for (var i = 0; i < Math.Max(cells.Count, schema.Headers.Count); i++)
        {
            if (i >= cells.Count || i >= schema.Headers.Count || cells[i] != schema.Headers[i]) return i;
        }
        return null;
    }

    static BudgetRow? ParseRow(BudgetTableSchema schema, RawRow raw, List<BudgetProblem> problems)
    {
        var keys = schema.KeyColumns.Count;
        var before = problems.Count;
        for (var extra = schema.Headers.Count; extra < raw.Cells.Count; extra++)
        {
            if (!string.IsNullOrWhiteSpace(raw.Cells[extra]))
                problems.Add(new(schema.Title, raw.Number, CellRef.Of(extra, raw.Number), "表头之外的列中有内容,请删除"));
        }

        string? section = null, code = null;
        string name;
        switch (schema.Key)
        {
            case RowKey.Section:
                section = raw.Cell(0).Trim();
                name = raw.Cell(1).Trim();
                break;
            case RowKey.Code:
                code = raw.Cell(0).Trim();
                name = raw.Cell(1).Trim();
                if (code.Length == 0 && name != BudgetTableSchema.TotalLabel)
                    problems.Add(new(schema.Title, raw.Number, CellRef.Of(0, raw.Number), "科目编码不能为空"));
                if (code != BudgetTableSchema.TotalLabel && name.Length == 0 && Classifications.Find(schema.Classification, code) is { } known)
                    name = known.Name;
                break;
            default:
                name = ThreePublicItems.Canonical(raw.Cell(0));
                break;
        }
        var nameColumn = keys - 1;
        if (name.Length == 0 && code != BudgetTableSchema.TotalLabel)
            problems.Add(new(schema.Title, raw.Number, CellRef.Of(nameColumn, raw.Number), $"{schema.KeyColumns[nameColumn]}不能为空"));
        else if (name.Length > BudgetLine.NameMax)
            problems.Add(new(schema.Title, raw.Number, CellRef.Of(nameColumn, raw.Number), $"{schema.KeyColumns[nameColumn]}不能超过 {BudgetLine.NameMax} 个字"));
        if (code is { Length: > BudgetLine.CodeMax })
            problems.Add(new(schema.Title, raw.Number, CellRef.Of(0, raw.Number), "科目编码过长"));

        var amounts = new decimal[schema.AmountColumns.Count];
        for (var i = 0; i < amounts.Length; i++)
        {
            if (!Money.TryParse(raw.Cell(keys + i), out amounts[i], out var error))
                problems.Add(new(schema.Title, raw.Number, CellRef.Of(keys + i, raw.Number), $"{schema.AmountColumns[i]}:{error}"));
        }
        if (problems.Count > before) return null;
        return new BudgetRow(raw.Number, section, string.IsNullOrEmpty(code) ? null : code, name, amounts);
    }
}
