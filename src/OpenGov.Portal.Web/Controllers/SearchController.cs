using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

/// <summary>Simple title search; the full-text search with facets replaces it (issue: public site).</summary>
public sealed class SearchController(PortalDbContext db) : Controller
{
    public const int MaxQueryLength = 50;

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        IReadOnlyList<ItemRow> hits = [];
        if (query.Any(char.IsLetterOrDigit))
        {
            var pattern = "%" + query.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            hits = await db.Publications.AsNoTracking().Published()
                .Where(p => EF.Functions.ILike(p.Title!, pattern))
                .NewestFirst().Take(50)
                .Select(p => new ItemRow(p.Id, p.Title!, p.PublishedAt, p.DocumentNumber)).ToListAsync(ct);
        }
        ViewData["Query"] = query;
        return View(hits);
    }
}
