using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models.Api;

namespace OpenGov.Portal.Controllers.Api;

/// <summary>
/// Read-only open data (docs/api.md): published items only, through the same <c>.Published()</c> queries and
/// search table as the pages. Errors are JSON: {"error":{"status","code","message"}}.
/// </summary>
[Route("api/v1")]
[PublicRead]
public sealed class OpenDataController(PortalDbContext db, SiteChrome chrome, SiteSearch search, ListCounts counts) : Controller
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    [HttpGet("items")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task<IActionResult> Items(string? column, string? department, string? topic, string? year, string? validity, string? q,
        string? cursor, string? limit, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var size = DefaultLimit;
        if (limit is not null && !int.TryParse(limit, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out size))
            return Error(400, "bad_limit", $"limit 须为 1 到 {MaxLimit} 之间的整数");
        size = Math.Clamp(size, 1, MaxLimit);
        var columnLink = site.Column(column);
        if (column is not null && columnLink is null) return Error(400, "unknown_column", "没有这个栏目,可用的栏目见 /api/v1/columns");
        var departmentLink = site.Department(department);
        if (department is not null && departmentLink is null) return Error(400, "unknown_department", "没有这个发布机构,可用的机构见 /api/v1/departments");
        int? yearValue = null;
        if (year is not null)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < CatalogueFilter.MinYear or > CatalogueFilter.MaxYear)
                return Error(400, "bad_year", $"year 须为 {CatalogueFilter.MinYear} 到 {CatalogueFilter.MaxYear} 之间的年份");
            yearValue = y;
        }
        var validityValue = CatalogueController.ValidityOf(validity);
        if (validity is not null && validityValue is null) return Error(400, "bad_validity", "validity 须为 valid、amended 或 repealed");
        if (topic is not null && (topic.Length > EditionConfiguration.TopicMax || topic.Contains('\0', StringComparison.Ordinal)))
            return Error(400, "bad_topic", $"topic 不能超过 {EditionConfiguration.TopicMax} 个字");
        var after = Keyset.Decode(cursor, ListSort.Published);
        if (!string.IsNullOrEmpty(cursor) && after is null) return Error(400, "bad_cursor", "cursor 无效,请使用上一页返回的 next_cursor");

        List<int> ids;
        bool more;
        Keyset? last;
        if (q is not null)
        {
            var terms = SearchTerms.Parse(q);
            if (!terms.IsSearchable) return Error(400, "bad_query", QueryProblem(terms.Problem));
            var (matches, next) = await search.MatchesAsync(terms, new SearchFilter(columnLink?.Id, departmentLink?.Id, yearValue), topic,
                validityValue?.ToString(), after is null ? null : (after.PublishedAt, after.Id), size, ct);
            more = next is not null;
            ids = matches.Select(m => m.Id).ToList();
            last = next is { } n ? Keyset.Of(ListSort.Published, n.At, null, null, n.Id) : null;
        }
        else
        {
            var filter = new CatalogueFilter(columnLink?.Id, departmentLink?.Id, topic, yearValue, validityValue);
            var page = await CatalogueQuery.PageAsync(db, filter, ListSort.Published, descending: true, new ListPosition(After: after), size, ct);
            more = page.HasNext;
            ids = page.Rows.Select(r => r.Id).ToList();
            last = page.LastKey;
        }

        var items = await ItemsAsync(site, ids, ct);
        return Data(new ApiItemList(items, more && last is not null ? last.Encode() : null, size));
    }

    [HttpGet("items/{id:int}")]
    [OutputCache(PolicyName = CacheTags.PolicyName)]
    public async Task<IActionResult> Item(int id, CancellationToken ct)
    {
        HttpContext.TagOutput(CacheTags.Item(id));
        var state = await db.Publications.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.LiveEditionId, p.WithdrawnAt, p.WithdrawalReason, p.Gone, p.ClassifiedAt }).FirstOrDefaultAsync(ct);
        if (state is null || (state.LiveEditionId is null && !state.Gone)) return NotFoundError();
        if (state.Gone || state.ClassifiedAt is not null) return Error(410, "gone", "该信息已撤销,不再提供");
        if (state.WithdrawnAt is not null)
            return Error(410, "withdrawn", "该信息已撤回", state.WithdrawnAt, state.WithdrawalReason);

        var page = await ItemPageQuery.LoadAsync(db, id, ct);
        if (page is null) return NotFoundError();
        var site = await chrome.GetAsync(ct);
        var origin = Origin;
        var item = (await ItemsAsync(site, [id], ct)).FirstOrDefault();
        if (item is null) return NotFoundError();
        return Data(new ApiItemDetail(item, page.BodyHtml,
            page.Attachments.Select(a => new ApiAttachment(a.Id, a.FileName, a.ContentType, a.Size,
                $"{origin}/attachments/{a.Id.ToString(CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(a.FileName)}")).ToList(),
            page.History.Select(h => new ApiEdition(h.Number, h.PublishedAt, h.ChangeNote, h.IsLive)).ToList(),
            page.Interprets is { } i ? new ApiLink(i.Id, i.Title, ItemUrl(i.Id)) : null,
            page.Interpretations.Select(x => new ApiLink(x.Id, x.Title, ItemUrl(x.Id))).ToList()));
    }

    [HttpGet("columns")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task<IActionResult> Columns(CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var list = new List<ApiColumn>();
        foreach (var c in site.Columns)
            list.Add(new ApiColumn(c.Slug, c.Name, c.NameEn, Origin + c.Href, $"{Origin}/feeds/{c.Slug}.xml",
                await counts.CountAsync(db, new CatalogueFilter(ColumnId: c.Id), ct)));
        return Data(new { columns = list });
    }

    [HttpGet("departments")]
    [OutputCache(PolicyName = CacheTags.PolicyName)]
    public async Task<IActionResult> Departments(CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        return Data(new { departments = site.Departments.Select(d => new ApiDepartment(d.Code, d.Name, d.NameEn)).ToList() });
    }

    [Route("{**rest}")]
    public JsonResult Unknown() => NotFoundError();

    string Origin => $"{Request.Scheme}://{Request.Host}";

    string ItemUrl(int id) => $"{Origin}/items/{id.ToString(CultureInfo.InvariantCulture)}";

    async Task<List<ApiItem>> ItemsAsync(SiteChrome.Site site, List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Publications.AsNoTracking().Published().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.IndexNumber, p.Title, p.Summary, p.ColumnId, p.DepartmentId, p.DocumentNumber, p.Topic, p.CreatedOn,
                p.PublishedAt, p.UpdatedAt, p.Validity, p.DisclosureMode,
            }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r =>
        {
            var c = site.Column(r.ColumnId);
            var d = site.Department(r.DepartmentId);
            return new ApiItem(r.Id, ItemUrl(r.Id), $"{Origin}/api/v1/items/{r.Id.ToString(CultureInfo.InvariantCulture)}", r.IndexNumber, r.Title!, r.Summary,
                new ApiRef(c?.Slug ?? "", c?.Name ?? "", c?.NameEn), new ApiRef(d?.Code ?? "", d?.Name ?? "", d?.NameEn), site.Name,
                r.DocumentNumber, r.Topic, r.CreatedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.PublishedAt, r.UpdatedAt,
                Snake(r.Validity.ToString()), Snake(r.DisclosureMode.ToString()));
        }).ToList();
    }

    static string Snake(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);

    static string QueryProblem(SearchProblem problem) => problem switch
    {
        SearchProblem.Empty => "q 不能为空",
        SearchProblem.TooLong => $"q 不能超过 {SearchTerms.MaxLength} 个字",
        SearchProblem.TooShort => "q 须包含两个字以上的词语",
        _ => "q 中没有可以查找的文字或数字",
    };

    static JsonResult Data(object value) => new(value, ApiJson.Options);

    JsonResult NotFoundError() => Error(404, "not_found", "没有这个资源");

    JsonResult Error(int status, string code, string message, DateTimeOffset? withdrawnAt = null, string? reason = null)
    {
        DisableStatusPages(HttpContext);
        return new JsonResult(new ApiErrorBody(new ApiError(status, code, message, withdrawnAt, reason)), ApiJson.Options) { StatusCode = status };
    }

    static void DisableStatusPages(HttpContext http)
    {
        var feature = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>();
        if (feature is not null) feature.Enabled = false;
    }
}
