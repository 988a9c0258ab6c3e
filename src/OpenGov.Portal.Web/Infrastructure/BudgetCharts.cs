using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Infrastructure;

/// <summary>The chart drawn for each standard table (its data table is the text alternative).</summary>
public static class BudgetCharts
{
    /// <param name="previous">The same table of the previous fiscal year, when published: the "三公" chart compares the two.</param>
    public static BarChart For(BudgetTableSchema schema, int year, IReadOnlyList<BudgetRow> rows, IReadOnlyList<BudgetRow>? previous = null)
    {
        var id = $"chart-{schema.Slug}";
        var desc = $"条形图,单位:万元。数据见下方“{schema.Title}”表格。";
        switch (schema.Kind)
        {
            case BudgetTableKind.Summary or BudgetTableKind.FiscalGrants:
                return new(id, $"{year}年{schema.Title}:收入与支出构成(万元)", desc, ["金额"],
                    rows.Select(r => new BarChart.Group($"{r.Section}·{r.Name}", [r.Amounts[0]])).ToList(), "万元");
            case BudgetTableKind.Expenditure:
                var totals = BudgetTotals.Compute(schema, rows)[0].Amounts;
                return new(id, $"{year}年基本支出与项目支出(万元)", desc, ["金额"],
                    [new("基本支出", [totals[1]]), new("项目支出", [totals[2]])], "万元");
            case BudgetTableKind.ThreePublic:
                var items = new[] { ThreePublicItems.TravelAbroad, ThreePublicItems.VehiclePurchase, ThreePublicItems.VehicleOperation, ThreePublicItems.Reception };
                decimal Of(IReadOnlyList<BudgetRow> r, string n) => r.FirstOrDefault(x => x.Name == n)?.Amounts[0] ?? 0;
                if (previous is { Count: > 0 })
                    return new(id, $"“三公”经费:{year - 1}年与{year}年对比(万元)", desc + $"每个项目两个条形:{year - 1}年、{year}年。",
                        [$"{year - 1}年", $"{year}年"], items.Select(n => new BarChart.Group(n, [Of(previous, n), Of(rows, n)])).ToList(), "万元");
                return new(id, $"{year}年“三公”经费(万元)", desc, [$"{year}年"],
                    items.Select(n => new BarChart.Group(n, [Of(rows, n)])).ToList(), "万元");
            default:
                var by = schema.Classification == ClassificationKind.Economic ? "经济分类" : "功能分类";
                return new(id, $"{year}年{schema.Title}:按{by}(类)(万元)", desc, [schema.AmountColumns[0]],
                    BudgetTotals.TopLevel(rows).Select(r => new BarChart.Group(r.Name, [r.Amounts[0]])).ToList(), "万元");
        }
    }
}
