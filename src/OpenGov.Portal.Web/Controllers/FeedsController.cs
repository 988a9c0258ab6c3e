using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;

namespace OpenGov.Portal.Controllers;

/// <summary>Atom feeds (RFC 4287): the newest items of the whole site and of each column.</summary>
[PublicRead]
public sealed class FeedsController(PortalDbContext db, SiteChrome chrome) : Controller
{
    public const int Entries = 30;
    const string Atom = "http://www.w3.org/2005/Atom";

    [HttpGet("/feeds/all.xml")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public Task All(CancellationToken ct) => WriteAsync(null, ct);

    [HttpGet("/feeds/{slug}.xml")]
    [HttpGet("/columns/{slug}/feed")]
    [OutputCache(PolicyName = CacheTags.PolicyName, Tags = [CacheTags.Lists])]
    public async Task Column(string slug, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        if (site.Column(slug) is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await WriteAsync(slug, ct);
    }

    async Task WriteAsync(string? slug, CancellationToken ct)
    {
        var site = await chrome.GetAsync(ct);
        var column = site.Column(slug);
        var query = db.Publications.AsNoTracking().Published();
        if (column is not null) query = query.Where(p => p.ColumnId == column.Id);
        var items = await query.NewestFirst().Take(Entries)
            .Select(p => new { p.Id, p.Title, p.Summary, p.ColumnId, p.PublishedAt, p.UpdatedAt }).ToListAsync(ct);

        var origin = $"{Request.Scheme}://{Request.Host}";
        var self = origin + (column is null ? "/feeds/all.xml" : $"/feeds/{column.Slug}.xml");
        var updated = items.Select(i => i.UpdatedAt ?? i.PublishedAt).Max() ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var siteName = Ui.Pick(site.Name, site.NameEn);

        // A feed is small: build it in memory, then send it in one asynchronous write.
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlSafe.BufferSettings))
        {
            Write(xml, column, site, siteName, items.Select(i => (i.Id, i.Title, i.Summary, i.ColumnId, i.PublishedAt, i.UpdatedAt)).ToList(),
                origin, self, updated);
        }
        Response.ContentType = "application/atom+xml; charset=utf-8";
        Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(Response.Body, ct);
    }

    static void Write(XmlWriter xml, SiteChrome.ColumnLink? column, SiteChrome.Site site, string siteName,
        List<(int Id, string? Title, string? Summary, int ColumnId, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt)> items,
        string origin, string self, DateTimeOffset updated)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, Ui.IsEnglish ? "en" : "zh-CN");
        xml.WriteElementString("id", Atom, self);
        xml.WriteElementString("title", Atom, XmlSafe.Clean(column is null ? siteName : $"{Ui.Pick(column.Name, column.NameEn)} - {siteName}"));
        xml.WriteElementString("updated", Atom, Timestamp(updated));
        Link(xml, "self", "application/atom+xml", self);
        Link(xml, "alternate", "text/html", origin + (column is null ? "/" : column.Href));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, XmlSafe.Clean(site.Name));
        xml.WriteEndElement();
        foreach (var item in items)
        {
            var url = $"{origin}/items/{item.Id.ToString(CultureInfo.InvariantCulture)}";
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("id", Atom, url);
            xml.WriteElementString("title", Atom, XmlSafe.Clean(item.Title));
            Link(xml, "alternate", "text/html", url);
            if (item.PublishedAt is { } published) xml.WriteElementString("published", Atom, Timestamp(published));
            xml.WriteElementString("updated", Atom, Timestamp(item.UpdatedAt ?? item.PublishedAt ?? updated));
            if (site.Column(item.ColumnId) is { } c)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", c.Slug);
                xml.WriteAttributeString("label", XmlSafe.Clean(Ui.Pick(c.Name, c.NameEn)));
                xml.WriteEndElement();
            }
            xml.WriteElementString("summary", Atom, XmlSafe.Clean(item.Summary ?? item.Title));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
