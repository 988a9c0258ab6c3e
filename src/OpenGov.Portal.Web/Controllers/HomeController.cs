using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Npgsql;
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
        var shown = site.Columns.Where(c => c.ShowOnHome).ToList();
        var rows = await NewestByColumnAsync(shown.Select(c => c.Id).ToArray(), ct);
        var blocks = shown.Select(column => new HomePage.ColumnBlock(column.Slug, Ui.Pick(column.Name, column.NameEn), rows[column.Id].ToList())).ToList();
        return View(new HomePage(blocks));
    }

    /// <summary>
    /// The newest published items of each column in one round trip: a LATERAL join walks each column's
    /// (column_id, published_at, id) index for its first rows (EF Core would rank the whole table instead).
    /// </summary>
    async Task<ILookup<int, ItemRow>> NewestByColumnAsync(int[] columnIds, CancellationToken ct)
    {
        var rows = await db.Database.SqlQueryRaw<NewestRow>(NewestSql, new NpgsqlParameter("ids", columnIds)).ToListAsync(ct);
        return rows.ToLookup(r => r.ColumnId, r => new ItemRow(r.Id, r.Title, r.PublishedAt, r.DocumentNumber));
    }

    static readonly string NewestSql = $"""
        SELECT c.id AS column_id, p.id, p.title, p.published_at, p.document_number
        FROM unnest(@ids) AS c(id)
        CROSS JOIN LATERAL (
            SELECT p.id, p.title, p.published_at, p.document_number FROM publications p
            WHERE {PublicationQueries.PublishedSql} AND p.column_id = c.id
            ORDER BY p.published_at DESC, p.id DESC
            LIMIT {ItemsPerBlock.ToString(CultureInfo.InvariantCulture)}) p
        """;

    sealed record NewestRow(int ColumnId, int Id, string Title, DateTimeOffset? PublishedAt, string? DocumentNumber);
}
