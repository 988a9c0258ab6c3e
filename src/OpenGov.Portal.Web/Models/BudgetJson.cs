using System.Text.Json.Serialization;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models;

/// <summary>The open-data JSON shapes of /budgets/…/{table}.json and /api/v1/budgets (documented in docs/budgets.md).</summary>
public static class BudgetJson
{
    public sealed record Row(string? Section, string? Code, string Name, int Level, IReadOnlyDictionary<string, decimal> Amounts);

    public sealed record Table(int Year, string Kind, string KindName, [property: JsonPropertyName("table")] string TableSlug, string Title, string Unit,
        IReadOnlyList<string> Columns, IReadOnlyList<Row> Rows, IReadOnlyList<Row> Totals, string Csv, string Json);

    public sealed record BudgetLink(int Year, string Kind, string KindName, string Title, string? IndexNumber, DateTimeOffset? PublishedAt,
        string Url, string Api, IReadOnlyList<TableLink> Tables);

    public sealed record TableLink(string Table, string Title, string Csv, string Json);

    public sealed record Budget(int Year, string Kind, string KindName, string Title, string? IndexNumber, DateTimeOffset? PublishedAt,
        string Url, string Unit, string Explanation, IReadOnlyList<Table> Tables);

    public static Table For(BudgetSummary b, BudgetTableSchema schema, IReadOnlyList<BudgetRow> rows) => new(
        b.FiscalYear, b.KindSlug, BudgetKinds.Name(b.Kind), schema.Slug, schema.Title, "万元", schema.Headers,
        rows.Select(r => RowOf(schema, r)).ToList(),
        rows.Count == 0 ? [] : BudgetTotals.Compute(schema, rows).Select(r => RowOf(schema, r)).ToList(),
        b.FileUrl(schema, "csv"), b.FileUrl(schema, "json"));

    static Row RowOf(BudgetTableSchema schema, BudgetRow r) => new(r.Section, r.Code, r.Name, r.Level,
        schema.AmountColumns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => r.Amounts[x.i]));

    public static BudgetLink Link(BudgetSummary b) => new(b.FiscalYear, b.KindSlug, BudgetKinds.Name(b.Kind), b.Title, b.IndexNumber, b.PublishedAt,
        b.Url, b.ApiUrl, BudgetSchemas.All.Select(s => new TableLink(s.Slug, s.Title, b.FileUrl(s, "csv"), b.FileUrl(s, "json"))).ToList());

    public static Budget Full(BudgetSummary b, string explanationHtml, IReadOnlyDictionary<BudgetTableKind, IReadOnlyList<BudgetRow>> tables) => new(
        b.FiscalYear, b.KindSlug, BudgetKinds.Name(b.Kind), b.Title, b.IndexNumber, b.PublishedAt, b.Url, "万元",
        BudgetText.PlainText(explanationHtml), BudgetSchemas.All.Select(s => For(b, s, tables[s.Kind])).ToList());
}
