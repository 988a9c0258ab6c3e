using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;

namespace OpenGov.Portal.Controllers;

/// <summary>
/// /robots.txt and /sitemap.xml. The sitemap is streamed; past <see cref="MaxUrlsPerFile"/> items (by id) it
/// becomes a sitemap index of /sitemaps/{n}.xml files, each covering one id range, as the protocol requires.
/// </summary>
[PublicRead]
public sealed class DiscoveryController(PortalDbContext db, SiteChrome chrome, IConfiguration configuration) : Controller
{
    public const int MaxUrlsPerFile = 50_000;
    const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly string[] SitePages = ["/", "/zwgk"];

    int PageSize => Math.Clamp(configuration.GetValue("Portal:Sitemap:PageSize", MaxUrlsPerFile), 1, MaxUrlsPerFile);

    string Origin => $"{Request.Scheme}://{Request.Host}";

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = CacheTags.PolicyName)]
    public ContentResult Robots() => Content($"""
        User-agent: *
        Disallow: /admin
        Disallow: /search
        Disallow: /display
        Allow: /

        Sitemap: {Origin}/sitemap.xml

        """, "text/plain; charset=utf-8");

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task Sitemap(CancellationToken ct)
    {
        var maxId = await db.Publications.AsNoTracking().Published().MaxAsync(p => (int?)p.Id, ct) ?? 0;
        if (maxId <= PageSize)
        {
            await WriteUrlSetAsync(0, int.MaxValue, withSitePages: true, ct);
            return;
        }

        var files = (maxId + PageSize - 1) / PageSize;
        Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(Response.Body, XmlSafe.AsyncSettings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", Ns);
        for (var n = 1; n <= files; n++)
        {
            await xml.WriteStartElementAsync(null, "sitemap", Ns);
            await xml.WriteElementStringAsync(null, "loc", Ns, $"{Origin}/sitemaps/{n.ToString(CultureInfo.InvariantCulture)}.xml");
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    [HttpGet("/sitemaps/{n:int}.xml")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task SitemapPart(int n, CancellationToken ct)
    {
        var maxId = await db.Publications.AsNoTracking().Published().MaxAsync(p => (int?)p.Id, ct) ?? 0;
        var files = Math.Max(1, (maxId + PageSize - 1) / PageSize);
        if (n < 1 || n > files)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await WriteUrlSetAsync((n - 1) * PageSize, n * PageSize, withSitePages: n == 1, ct);
    }

    /// <summary>Published items with id in (after, upTo], streamed in id order.</summary>
    async Task WriteUrlSetAsync(int after, int upTo, bool withSitePages, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(Response.Body, XmlSafe.AsyncSettings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Ns);
        if (withSitePages)
        {
            foreach (var href in SitePages.Concat(site.Columns.Select(c => c.Href)).Distinct(StringComparer.Ordinal))
                await UrlAsync(xml, Origin + href, null);
        }
        var rows = db.Publications.AsNoTracking().Published().Where(p => p.Id > after && p.Id <= upTo)
            .OrderBy(p => p.Id).Select(p => new { p.Id, Modified = p.UpdatedAt ?? p.PublishedAt }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
            await UrlAsync(xml, $"{Origin}/items/{row.Id.ToString(CultureInfo.InvariantCulture)}", row.Modified);
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    static async Task UrlAsync(XmlWriter xml, string loc, DateTimeOffset? modified)
    {
        await xml.WriteStartElementAsync(null, "url", Ns);
        await xml.WriteElementStringAsync(null, "loc", Ns, loc);
        if (modified is { } m)
            await xml.WriteElementStringAsync(null, "lastmod", Ns, m.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
    }
}
