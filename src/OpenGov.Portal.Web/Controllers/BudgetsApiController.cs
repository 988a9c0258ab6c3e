using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

/// <summary>Open data API for budgets: only published editions.</summary>
[ApiController]
[PublicRead]
public sealed class BudgetsApiController(PortalDbContext db) : ControllerBase
{
    [HttpGet("/api/v1/budgets")]
    public async Task<IActionResult> List(CancellationToken ct)
    {
        var budgets = await BudgetQueries.PublishedAsync(db, ct);
        return new JsonResult(new { budgets = budgets.Select(BudgetJson.Link) }, OpenDataJson.Options);
    }

    [HttpGet("/api/v1/budgets/{year:int}/{kind}")]
    public async Task<IActionResult> Show(int year, string kind, CancellationToken ct)
    {
        if (BudgetKinds.FromSlug(kind) is not { } k) return NotFound();
        var budget = await BudgetQueries.PublishedAsync(db, year, k, ct);
        if (budget is null) return NotFound();
        var tables = await BudgetQueries.TablesAsync(db, budget.EditionId, ct);
        var body = await db.Editions.AsNoTracking().Where(e => e.Id == budget.EditionId).Select(e => e.BodyHtml).FirstAsync(ct);
        return new JsonResult(BudgetJson.Full(budget, body, tables), OpenDataJson.Options);
    }
}
