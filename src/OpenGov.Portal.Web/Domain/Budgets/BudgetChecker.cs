namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// The rules a table must satisfy before it is saved: no negative amounts (unless the table allows
/// them), each row's 合计 equals the sum of its parts, no duplicate rows, codes from the reference
/// list, 类 = Σ款 and 款 = Σ项, 合计 rows equal the sum of the lines, and a two-sided table balances.
/// Each problem names the offending row and cell.
/// </summary>
public static class BudgetChecker
{
    public static IReadOnlyList<BudgetProblem> Check(ParsedTable table)
    {
        var schema = table.Schema;
        var problems = new List<BudgetProblem>();
        foreach (var row in table.Rows.Concat(table.TotalRows)) CheckRow(schema, row, problems);
        switch (schema.Key)
        {
            case RowKey.Section: CheckSections(schema, table.Rows, problems); break;
            case RowKey.Code: CheckCodes(schema, table.Rows, problems); break;
            case RowKey.Item: CheckThreePublic(schema, table.Rows, problems); break;
        }
        CheckTotalRows(schema, table, problems);
        if (schema.Key == RowKey.Section) CheckBalance(schema, table, problems);
        return problems;
    }

    static int AmountCell(BudgetTableSchema schema, int amountIndex) => schema.KeyColumns.Count + amountIndex;

    static BudgetProblem At(BudgetTableSchema schema, BudgetRow row, int? amountIndex, string message) =>
        new(schema.Title, row.RowNumber > 0 ? row.RowNumber : null,
            amountIndex is { } i && row.RowNumber > 0 ? CellRef.Of(AmountCell(schema, i), row.RowNumber) : null, message);

    static string Label(BudgetRow row) => row.Code is not null ? $"{row.Code} {row.Name}" : row.Section is not null ? $"{row.Section}“{row.Name}”" : $"“{row.Name}”";

    static void CheckRow(BudgetTableSchema schema, BudgetRow row, List<BudgetProblem> problems)
    {
        for (var i = 0; i < row.Amounts.Count; i++)
        {
            if (!schema.AllowNegative && row.Amounts[i] < 0)
                problems.Add(At(schema, row, i, $"{schema.AmountColumns[i]}不能为负数({Money.Format(row.Amounts[i])})"));
        }
        if (schema.FirstAmountIsRowTotal && row.Amounts.Count > 1)
        {
            var parts = row.Amounts.Skip(1).Sum();
            if (parts != row.Amounts[0])
                problems.Add(At(schema, row, 0, $"{Label(row)} 的合计 {Money.Format(row.Amounts[0])} 不等于{string.Join("+", schema.AmountColumns.Skip(1))}之和 {Money.Format(parts)}"));
        }
    }

    static void CheckSections(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows, List<BudgetProblem> problems)
    {
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (row.Section is not (BudgetTableSchema.IncomeSection or BudgetTableSchema.ExpenditureSection))
                problems.Add(new(schema.Title, row.RowNumber, CellRef.Of(0, row.RowNumber), $"方向“{row.Section}”无效,应为“收入”或“支出”"));
            else if (seen.TryGetValue(row.Key, out var first))
                problems.Add(new(schema.Title, row.RowNumber, CellRef.Of(1, row.RowNumber), $"项目{Label(row)}重复(与第{first}行相同)"));
            else seen[row.Key] = row.RowNumber;
        }
    }

    static void CheckCodes(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows, List<BudgetProblem> problems)
    {
        var byCode = new Dictionary<string, BudgetRow>();
        var maxLevel = Classifications.MaxLevel(schema.Classification);
        foreach (var row in rows)
        {
            var code = row.Code ?? "";
            var cell = CellRef.Of(0, row.RowNumber);
            var level = ClassificationCode.LevelOf(code);
            if (!code.All(char.IsAsciiDigit) || level == 0 || level > maxLevel)
                problems.Add(new(schema.Title, row.RowNumber, cell, $"科目编码“{code}”格式不正确,应为{(maxLevel == 3 ? "3位(类)、5位(款)或7位(项)" : "3位(类)或5位(款)")}数字"));
            else if (Classifications.Find(schema.Classification, code) is null)
                problems.Add(new(schema.Title, row.RowNumber, cell, $"科目编码“{code}”不在{Classifications.Name(schema.Classification)}表中"));
            else if (byCode.TryGetValue(code, out var first))
                problems.Add(new(schema.Title, row.RowNumber, cell, $"科目编码“{code}”重复(与第{first.RowNumber}行相同)"));
            else byCode[code] = row;
        }

        foreach (var row in byCode.Values)
        {
            var parent = ClassificationCode.ParentOf(row.Code!);
            if (parent is not null && !byCode.ContainsKey(parent))
                problems.Add(new(schema.Title, row.RowNumber, CellRef.Of(0, row.RowNumber),
                    $"科目 {row.Code} 的上级{ClassificationCode.LevelName(row.Level - 1)} {parent} 不在表中"));
        }

        foreach (var parent in byCode.Values)
        {
            var children = byCode.Values.Where(c => ClassificationCode.ParentOf(c.Code!) == parent.Code).ToList();
            if (children.Count == 0) continue;
            var sums = BudgetTotals.Sum(children, schema.AmountColumns.Count);
            for (var i = 0; i < sums.Length; i++)
            {
                if (i < parent.Amounts.Count && sums[i] != parent.Amounts[i])
                    problems.Add(At(schema, parent, i,
                        $"{ClassificationCode.LevelName(parent.Level)} {Label(parent)} 的{schema.AmountColumns[i]} {Money.Format(parent.Amounts[i])} 不等于其下各{ClassificationCode.LevelName(parent.Level + 1)}之和 {Money.Format(sums[i])}"));
            }
        }
    }

    static void CheckThreePublic(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows, List<BudgetProblem> problems)
    {
        var byName = new Dictionary<string, BudgetRow>();
        foreach (var row in rows)
        {
            if (!ThreePublicItems.All.Contains(row.Name))
                problems.Add(new(schema.Title, row.RowNumber, CellRef.Of(0, row.RowNumber),
                    $"项目“{row.Name}”不是“三公”经费的项目,应为:{string.Join("、", ThreePublicItems.All)}"));
            else if (byName.TryGetValue(row.Name, out var first))
                problems.Add(new(schema.Title, row.RowNumber, CellRef.Of(0, row.RowNumber), $"项目“{row.Name}”重复(与第{first.RowNumber}行相同)"));
            else byName[row.Name] = row;
        }
        foreach (var missing in ThreePublicItems.All.Where(n => !byName.ContainsKey(n)))
            problems.Add(new(schema.Title, null, null, $"缺少“{missing}”行(没有支出请填 0)"));

        if (byName.TryGetValue(ThreePublicItems.Vehicles, out var vehicles)
            && byName.TryGetValue(ThreePublicItems.VehiclePurchase, out var purchase)
            && byName.TryGetValue(ThreePublicItems.VehicleOperation, out var operation))
        {
            var sum = purchase.Amounts[0] + operation.Amounts[0];
            if (sum != vehicles.Amounts[0])
                problems.Add(At(schema, vehicles, 0,
                    $"“{ThreePublicItems.Vehicles}” {Money.Format(vehicles.Amounts[0])} 不等于购置费与运行费之和 {Money.Format(sum)}"));
        }
    }

    static void CheckTotalRows(BudgetTableSchema schema, ParsedTable table, List<BudgetProblem> problems)
    {
        var computed = BudgetTotals.Compute(schema, table.Rows);
        foreach (var given in table.TotalRows)
        {
            var expected = computed.FirstOrDefault(c => c.Section == given.Section);
            if (expected is null) continue;
            for (var i = 0; i < expected.Amounts.Count && i < given.Amounts.Count; i++)
            {
                if (expected.Amounts[i] != given.Amounts[i])
                    problems.Add(At(schema, given, i,
                        $"{given.Section}合计行的{schema.AmountColumns[i]} {Money.Format(given.Amounts[i])} 不等于各行之和 {Money.Format(expected.Amounts[i])}"));
            }
        }
    }

    static void CheckBalance(BudgetTableSchema schema, ParsedTable table, List<BudgetProblem> problems)
    {
        var totals = BudgetTotals.Compute(schema, table.Rows);
        var income = totals.First(t => t.Section == BudgetTableSchema.IncomeSection).Amounts[0];
        var spending = totals.First(t => t.Section == BudgetTableSchema.ExpenditureSection).Amounts[0];
        if (income == spending || table.Rows.Count == 0) return;
        var at = table.TotalRows.FirstOrDefault(t => t.Section == BudgetTableSchema.ExpenditureSection);
        problems.Add(new(schema.Title, at?.RowNumber, at is null ? null : CellRef.Of(schema.KeyColumns.Count, at.RowNumber),
            $"收入合计 {Money.Format(income)} 与支出合计 {Money.Format(spending)} 不相等,收支应平衡"));
    }
}
