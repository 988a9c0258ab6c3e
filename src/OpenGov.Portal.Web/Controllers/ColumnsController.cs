using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

public sealed class ColumnsController(PortalDbContext db, SiteChrome chrome) : Controller
{
    public const int PageSize = 20;

    [HttpGet("/columns/{slug}")]
    public async Task<IActionResult> Show(string slug, string? page, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var column = site.Columns.FirstOrDefault(c => c.Slug == slug);
        if (column is null) return NotFound();

        var query = db.Publications.AsNoTracking().Published().Where(p => p.ColumnId == column.Id);
        var total = await query.CountAsync(ct);
        var pageCount = Pager.PageCountFor(total, PageSize);
        var current = Pager.Clamp(int.TryParse(page, out var n) ? n : 1, pageCount);
        var items = await query.NewestFirst()
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(p => new ItemRow(p.Id, p.Title!, p.PublishedAt, p.DocumentNumber))
            .ToListAsync(ct);
        return View(new ColumnPage(column.Slug, Ui.Pick(column.Name, column.NameEn), items, new Pager(current, pageCount, total)));
    }
}
