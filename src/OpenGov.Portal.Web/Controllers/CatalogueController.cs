using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

/// <summary>政府信息公开目录: every published item with its catalogue metadata, filtered, sorted and keyset-paged.</summary>
[PublicRead]
public sealed class CatalogueController(PortalDbContext db, SiteChrome chrome, ListCounts counts) : Controller
{
    public const int PageSize = 20;
    public const string GuideColumn = "zwgk-guide";

    [HttpGet("/zwgk")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task<IActionResult> Index(string? column, string? department, string? topic, string? year, string? validity,
        string? sort, string? dir, string? after, string? before, string? last, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var topics = await counts.TopicsAsync(db, ct);
        var years = await counts.YearsAsync(db, ct);

        // Unknown or malformed filter values are dropped, never an error.
        var columnLink = site.Column(column);
        var departmentLink = site.Department(department);
        var topicValue = topic is not null && topics.Contains(topic) ? topic : null;
        int? yearValue = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y) ? y : null;
        var validityValue = ValidityOf(validity);
        var state = new CatalogueState(columnLink?.Slug, departmentLink?.Code, topicValue, yearValue,
            validityValue?.ToString().ToLowerInvariant(), CatalogueState.SortOf(sort), dir != "asc");

        var filter = new CatalogueFilter(columnLink?.Id, departmentLink?.Id, topicValue, yearValue, validityValue);
        var position = new ListPosition(Keyset.Decode(after, state.Sort), Keyset.Decode(before, state.Sort), last == "1");
        var page = await CatalogueQuery.PageAsync(db, filter, state.Sort, state.Descending, position, PageSize, ct);
        var total = await counts.CountAsync(db, filter, ct);

        var rows = page.Rows.Select(r => new CatalogueLine(r.Id, r.IndexNumber, r.Title,
            site.Department(r.DepartmentId) is { } d ? Ui.Pick(d.Name, d.NameEn) : "", r.DocumentNumber, r.Topic, r.CreatedOn, r.PublishedAt, r.Validity)).ToList();
        var model = new CataloguePage(state,
            site.Columns.Where(c => c.Slug != GuideColumn).Select(c => new FilterOption(c.Slug, Ui.Pick(c.Name, c.NameEn))).ToList(),
            site.Departments.Select(d => new FilterOption(d.Code, Ui.Pick(d.Name, d.NameEn))).ToList(),
            topics.Select(t => new FilterOption(t, t)).ToList(),
            years.Select(x => new FilterOption(x.ToString(CultureInfo.InvariantCulture), x.ToString(CultureInfo.InvariantCulture))).ToList(),
            Enum.GetValues<Validity>().Select(x => new FilterOption(x.ToString().ToLowerInvariant(), Ui.Of(x))).ToList(),
            rows,
            KeysetPager.For(page, extra => state.Url(extra), total),
            await GuideAsync(site, ct),
            site.Column("ysqgk")?.Href);
        return View(model);
    }

    /// <summary>"valid", "amended" or "repealed" (as in URLs and the API); anything else is null.</summary>
    public static Validity? ValidityOf(string? value) =>
        Enum.GetValues<Validity>().Cast<Validity?>().FirstOrDefault(x => string.Equals(x.ToString(), value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The 政府信息公开指南 and 制度 pages: published items of the guide column.</summary>
    async Task<IReadOnlyList<ItemRow>> GuideAsync(SiteChrome.Site site, CancellationToken ct)
    {
        if (site.Column(GuideColumn) is not { } guide) return [];
        return await db.Publications.AsNoTracking().Published().Where(p => p.ColumnId == guide.Id)
            .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id).Take(10)
            .Select(p => new ItemRow(p.Id, p.Title!, p.PublishedAt, p.DocumentNumber)).ToListAsync(ct);
    }
}
