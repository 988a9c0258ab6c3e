using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Models;

/// <summary>One table as shown: lines, computed totals, and (on the public site) its chart and download links.</summary>
public sealed record BudgetTableView(BudgetTableSchema Schema, BudgetKind Kind, IReadOnlyList<BudgetRow> Rows, string? ChartSvg, string? CsvUrl, string? JsonUrl)
{
    public IReadOnlyList<BudgetRow> Totals => Rows.Count == 0 ? [] : BudgetTotals.Compute(Schema, Rows);

    public string Caption => $"{Schema.Title}(单位:万元)";

    public string AmountHeader(int i) => Schema.AmountColumns.Count == 1 && Schema.AmountColumns[0] == "金额" ? BudgetKinds.AmountWord(Kind) : Schema.AmountColumns[i];
}
