using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

[PublicRead]
public sealed class HomeController(PortalDbContext db, SiteChrome chrome) : Controller
{
    public const int ItemsPerBlock = 8;

    [HttpGet("/")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var blocks = new List<HomePage.ColumnBlock>();
        foreach (var column in site.Columns.Where(c => c.ShowOnHome))
        {
            var items = await db.Publications.AsNoTracking().Published()
                .Where(p => p.ColumnId == column.Id)
                .NewestFirst()
                .Take(ItemsPerBlock)
                .Select(p => new ItemRow(p.Id, p.Title!, p.PublishedAt, p.DocumentNumber))
                .ToListAsync(ct);
            blocks.Add(new HomePage.ColumnBlock(column.Slug, Ui.Pick(column.Name, column.NameEn), items));
        }
        return View(new HomePage(blocks));
    }
}
