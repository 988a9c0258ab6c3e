namespace OpenGov.Portal.Domain.Budgets;

/// <summary>Year-on-year comparison of one table on its first amount column, row by row (matched by code or item), then the totals.</summary>
public static class BudgetComparison
{
    public sealed record Line(string? Section, string? Code, string Name, int Level, decimal? From, decimal? To, bool IsTotal)
    {
        public decimal Change => (To ?? 0) - (From ?? 0);

        /// <summary>Change as a percentage of the earlier year; null when the earlier amount is zero or missing (no meaningful percentage).</summary>
        public decimal? Percent => From is { } f && f != 0 ? Math.Round(Change / f * 100, 2, MidpointRounding.AwayFromZero) : null;
    }

    public static IReadOnlyList<Line> Compare(BudgetTableSchema schema, IReadOnlyList<BudgetRow> from, IReadOnlyList<BudgetRow> to)
    {
        var earlier = from.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        var later = to.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        var keys = to.Select(r => r.Key).Concat(from.Select(r => r.Key)).Distinct().ToList();
        if (schema.Key == RowKey.Code) keys = [.. keys.OrderBy(k => k, StringComparer.Ordinal)];
        var lines = keys.Select(k =>
        {
            var row = later.GetValueOrDefault(k) ?? earlier[k];
            return new Line(row.Section, row.Code, row.Name, row.Level,
                earlier.TryGetValue(k, out var a) ? a.Amounts[0] : null, later.TryGetValue(k, out var b) ? b.Amounts[0] : null, false);
        }).ToList();
        if (schema.Key == RowKey.Section) lines = [.. lines.OrderBy(l => BudgetTableSchema.Sections.ToList().IndexOf(l.Section ?? ""))];

        var fromTotals = BudgetTotals.Compute(schema, from);
        var toTotals = BudgetTotals.Compute(schema, to);
        for (var i = 0; i < toTotals.Count; i++)
            lines.Add(new Line(toTotals[i].Section, null, BudgetTableSchema.TotalLabel, 1, fromTotals[i].Amounts[0], toTotals[i].Amounts[0], true));
        return lines;
    }
}
