using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

/// <summary>站内搜索 over everything published: ranked, highlighted, with column/department/year facets. Whatever is typed, never an error.</summary>
[PublicRead]
public sealed class SearchController(SiteSearch search, SiteChrome chrome) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task<IActionResult> Index(string? q, string? column, string? department, string? year, string? sort, string? page, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var terms = SearchTerms.Parse(q);
        var columnLink = site.Column(column);
        var departmentLink = site.Department(department);
        int? yearValue = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= CatalogueFilter.MinYear and <= CatalogueFilter.MaxYear ? y : null;
        var order = sort == "date" ? SearchOrder.Newest : SearchOrder.Relevance;
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, SiteSearch.MaxPage) : 1;

        var outcome = await search.SearchAsync(terms, new SearchFilter(columnLink?.Id, departmentLink?.Id, yearValue), order, pageNumber, ct);
        var state = new SearchState(terms.Text, columnLink?.Slug, departmentLink?.Code, yearValue, order, outcome.Page);

        var columns = outcome.Columns.Select(f => site.Column(f.Key) is { } c
            ? new FacetLink(Ui.Pick(c.Name, c.NameEn), f.Count, state.ColumnUrl(c.Slug), c.Slug == state.Column) : null).OfType<FacetLink>().ToList();
        var departments = outcome.Departments.Select(f => site.Department(f.Key) is { } d
            ? new FacetLink(Ui.Pick(d.Name, d.NameEn), f.Count, state.DepartmentUrl(d.Code), d.Code == state.Department) : null).OfType<FacetLink>().ToList();
        var years = outcome.Years.Select(f => new FacetLink(f.Key.ToString(CultureInfo.InvariantCulture), f.Count, state.YearUrl(f.Key), f.Key == state.Year)).ToList();
        var hits = outcome.Hits.Select(h => new SearchLine(h.Id, h.TitleHtml, h.SnippetHtml,
            site.Column(h.ColumnId) is { } c ? Ui.Pick(c.Name, c.NameEn) : "",
            site.Department(h.DepartmentId) is { } d ? Ui.Pick(d.Name, d.NameEn) : "",
            h.IndexNumber, h.DocumentNumber, h.PublishedAt)).ToList();

        ViewData["Query"] = terms.Text;
        return View(new SearchPage(state, terms, outcome, columns, departments, years, hits));
    }
}
