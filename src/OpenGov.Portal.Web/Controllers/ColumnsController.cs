using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

[PublicRead]
public sealed class ColumnsController(PortalDbContext db, SiteChrome chrome, ListCounts counts) : Controller
{
    public const int PageSize = 20;

    /// <summary>A column's items, newest first, keyset-paged (?after= / ?before= / ?last=1); a stale or odd position shows the first page.</summary>
    [HttpGet("/columns/{slug}")]
    [OutputCache(PolicyName = CacheTags.PolicyName)]
    public async Task<IActionResult> Show(string slug, string? after, string? before, string? last, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var column = site.Column(slug);
        if (column is null) return NotFound();
        HttpContext.TagOutput(CacheTags.Column(column.Id));

        var filter = new CatalogueFilter(ColumnId: column.Id);
        var position = new ListPosition(Keyset.Decode(after, ListSort.Published), Keyset.Decode(before, ListSort.Published), last == "1");
        var page = await CatalogueQuery.PageAsync(db, filter, ListSort.Published, descending: true, position, PageSize, ct);
        var total = await counts.CountAsync(db, filter, ct);
        var items = page.Rows.Select(r => new ItemRow(r.Id, r.Title, r.PublishedAt, r.DocumentNumber)).ToList();
        var path = $"/columns/{column.Slug}";
        return View(new ColumnPage(column.Slug, Ui.Pick(column.Name, column.NameEn), items,
            KeysetPager.For(page, extra => QueryUrl.Build(path, extra), total)));
    }
}
