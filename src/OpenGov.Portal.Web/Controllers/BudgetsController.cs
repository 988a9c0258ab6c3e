using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

/// <summary>Published budgets and final accounts: tables with charts, year-on-year comparison, CSV/JSON downloads.</summary>
[PublicRead]
public sealed class BudgetsController(PortalDbContext db) : Controller
{
    [HttpGet("/budgets")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new BudgetIndexPage(await BudgetQueries.PublishedAsync(db, ct)));

    /// <summary>The year's 部门预算; a year with only 部门决算 published goes there.</summary>
    [HttpGet("/budgets/{year:int}")]
    public async Task<IActionResult> Budget(int year, CancellationToken ct)
    {
        if (await BudgetQueries.PublishedAsync(db, year, BudgetKind.Budget, ct) is null
            && await BudgetQueries.PublishedAsync(db, year, BudgetKind.FinalAccount, ct) is not null)
            return Redirect($"/budgets/{year}/{BudgetKinds.FinalAccountSlug}");
        return await Show(year, BudgetKinds.BudgetSlug, ct);
    }

    [HttpGet("/budgets/{year:int}/{kind:regex(^(budget|final)$)}")]
    public async Task<IActionResult> Show(int year, string kind, CancellationToken ct)
    {
        if (BudgetKinds.FromSlug(kind) is not { } k) return NotFound();
        var budget = await BudgetQueries.PublishedAsync(db, year, k, ct);
        if (budget is null) return NotFound();
        var tables = await BudgetQueries.TablesAsync(db, budget.EditionId, ct);
        var previous = await BudgetQueries.PublishedAsync(db, year - 1, k, ct);
        var previousThreePublic = previous is null ? null : (await BudgetQueries.TablesAsync(db, previous.EditionId, ct))[BudgetTableKind.ThreePublic];

        var views = BudgetSchemas.All.Select(s => new BudgetTableView(s, k, tables[s.Kind],
            tables[s.Kind].Count == 0 ? null : BarChartSvg.Render(BudgetCharts.For(s, year, tables[s.Kind], s.Kind == BudgetTableKind.ThreePublic ? previousThreePublic : null)),
            budget.FileUrl(s, "csv"), budget.FileUrl(s, "json"))).ToList();
        var body = await db.Editions.AsNoTracking().Where(e => e.Id == budget.EditionId).Select(e => e.BodyHtml).FirstAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.EditionId == budget.EditionId).OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new ItemPage.AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var others = (await BudgetQueries.PublishedAsync(db, ct)).Where(b => b.BudgetId != budget.BudgetId).ToList();
        return View("Show", new BudgetPage(budget, body, attachments, views, others));
    }

    [HttpGet("/budgets/{year:int}/{kind}/{table}.{format}")]
    public async Task<IActionResult> Download(int year, string kind, string table, string format, CancellationToken ct)
    {
        if (BudgetKinds.FromSlug(kind) is not { } k || BudgetSchemas.BySlug(table) is not { } schema || format is not ("csv" or "json")) return NotFound();
        var budget = await BudgetQueries.PublishedAsync(db, year, k, ct);
        if (budget is null) return NotFound();
        var rows = (await BudgetQueries.TablesAsync(db, budget.EditionId, ct))[schema.Kind];
        var name = $"{year}-{budget.KindSlug}-{schema.Slug}.{format}";
        if (format == "csv") return File(BudgetFiles.Csv(BudgetFiles.TableRows(schema, rows)), "text/csv; charset=utf-8", name);
        return File(JsonSerializer.SerializeToUtf8Bytes(BudgetJson.For(budget, schema, rows), OpenDataJson.Options), "application/json; charset=utf-8");
    }

    [HttpGet("/budgets/compare")]
    public async Task<IActionResult> Compare(string? from, string? to, string? kind, CancellationToken ct)
    {
        var k = BudgetKinds.FromSlug(kind ?? BudgetKinds.BudgetSlug) ?? Domain.Budgets.BudgetKind.Budget;
        var all = await BudgetQueries.PublishedAsync(db, ct);
        var years = all.Where(b => b.Kind == k).Select(b => b.FiscalYear).OrderBy(y => y).ToList();
        int? f = int.TryParse(from, out var fy) ? fy : null, t = int.TryParse(to, out var ty) ? ty : null;
        if (from is null && to is null && years.Count >= 2) (f, t) = (years[^2], years[^1]);
        var page = new BudgetComparePage(k, f, t, years, null, null, null, []);
        if (f is null || t is null) return View(page with { Message = from is null && to is null ? null : "请选择两个年度进行对比" });
        if (f == t) return View(page with { Message = "请选择两个不同的年度" });

        var a = all.FirstOrDefault(b => b.Kind == k && b.FiscalYear == f);
        var b = all.FirstOrDefault(b => b.Kind == k && b.FiscalYear == t);
        if (a is null || b is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(page with { Message = $"未找到{(a is null ? f : t)}年已公开的{BudgetKinds.Name(k)},可对比的年度:{(years.Count == 0 ? "无" : string.Join("、", years))}" });
        }
        var ta = await BudgetQueries.TablesAsync(db, a.EditionId, ct);
        var tb = await BudgetQueries.TablesAsync(db, b.EditionId, ct);
        var tables = BudgetSchemas.All.Where(s => ta[s.Kind].Count > 0 || tb[s.Kind].Count > 0)
            .Select(s => new BudgetComparePage.Table(s, BudgetComparison.Compare(s, ta[s.Kind], tb[s.Kind]))).ToList();
        return View(page with { FromBudget = a, ToBudget = b, Tables = tables });
    }
}
