namespace OpenGov.Portal.Domain.Budgets;

/// <summary>The 合计 rows of a table, computed from its lines (never stored).</summary>
public static class BudgetTotals
{
    /// <summary>One total per section for a two-sided table, otherwise one total (Section null).</summary>
    public static IReadOnlyList<BudgetRow> Compute(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows)
    {
        var width = schema.AmountColumns.Count;
        return schema.Key switch
        {
            RowKey.Section => BudgetTableSchema.Sections
                .Select(s => Total(s, rows.Where(r => r.Section == s), width)).ToList(),
            RowKey.Code => [Total(null, TopLevel(rows), width)],
            _ => [Total(null, rows.Where(r => r.Name is ThreePublicItems.TravelAbroad or ThreePublicItems.Vehicles or ThreePublicItems.Reception), width)],
        };
    }

    /// <summary>Coded rows whose parent is not in the table: the 类 rows, normally.</summary>
    public static IEnumerable<BudgetRow> TopLevel(IReadOnlyList<BudgetRow> rows)
    {
        var codes = rows.Where(r => r.Code is not null).Select(r => r.Code!).ToHashSet();
        return rows.Where(r => r.Code is null || ClassificationCode.ParentOf(r.Code) is not { } parent || !codes.Contains(parent));
    }

    public static decimal[] Sum(IEnumerable<BudgetRow> rows, int width)
    {
        var sums = new decimal[width];
        foreach (var r in rows)
            for (var i = 0; i < width && i < r.Amounts.Count; i++) sums[i] += r.Amounts[i];
        return sums;
    }

    static BudgetRow Total(string? section, IEnumerable<BudgetRow> rows, int width) =>
        new(0, section, null, BudgetTableSchema.TotalLabel, Sum(rows, width));

    /// <summary>The grand total of a table's first amount column (the expenditure side of a two-sided table).</summary>
    public static decimal Headline(BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows)
    {
        var totals = Compute(schema, rows);
        var total = totals.FirstOrDefault(t => t.Section == BudgetTableSchema.ExpenditureSection) ?? totals[0];
        return total.Amounts.Count > 0 ? total.Amounts[0] : 0;
    }
}
