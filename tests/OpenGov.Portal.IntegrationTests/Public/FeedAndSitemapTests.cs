using System.Net;
using System.Xml.Linq;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class FeedAndSitemapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    async Task<XDocument> XmlAsync(string url, string contentType)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_site_feed_is_valid_Atom_with_the_newest_items()
    {
        var id = await factory.PublishItemAsync("订阅测试通知<&>", summary: "订阅摘要");
        var feed = await XmlAsync("/feeds/all.xml", "application/atom+xml");

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.NotEmpty(root.Element(Atom + "id")!.Value);
        Assert.NotEmpty(root.Element(Atom + "title")!.Value);
        Assert.True(DateTimeOffset.TryParse(root.Element(Atom + "updated")!.Value, out _));
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 30);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("http", e.Element(Atom + "id")!.Value);
            Assert.NotEmpty(e.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
            Assert.NotNull(e.Element(Atom + "link")!.Attribute("href"));
        });
        var first = entries[0];
        Assert.Equal("订阅测试通知<&>", first.Element(Atom + "title")!.Value);
        Assert.EndsWith($"/items/{id}", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("订阅摘要", first.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task A_column_feed_has_only_that_columns_items_and_pages_link_to_it()
    {
        var feed = await XmlAsync("/feeds/policies.xml", "application/atom+xml");
        var categories = feed.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "category")!.Attribute("term")!).ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Equal("policies", c));
        var alias = await XmlAsync("/columns/policies/feed", "application/atom+xml");
        Assert.Equal(feed.Root!.Elements(Atom + "entry").Count(), alias.Root!.Elements(Atom + "entry").Count());

        var client = factory.CreateAnonymousClient();
        var column = await client.GetDocumentAsync("/columns/policies");
        Assert.Contains(column.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == "/feeds/policies.xml");
        var home = await client.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/feeds/all.xml']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/no-such-column.xml")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_every_published_item_with_lastmod()
    {
        var id = await factory.PublishItemAsync("网站地图测试");
        var map = await XmlAsync("/sitemap.xml", "application/xml");
        Assert.Equal(Sitemap + "urlset", map.Root!.Name);
        var urls = map.Root.Elements(Sitemap + "url").ToList();
        var item = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith($"/items/{id}", StringComparison.Ordinal));
        Assert.True(DateTimeOffset.TryParse(item.Element(Sitemap + "lastmod")!.Value, out _));
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locs.Distinct().Count(), locs.Count);
        Assert.Contains(locs, l => l.EndsWith("/zwgk", StringComparison.Ordinal));
        // Demo content: 23 articles and the two disclosure-guide pages.
        Assert.True(locs.Count(l => l.Contains("/items/", StringComparison.Ordinal)) >= 26);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_back_office_and_points_to_the_sitemap()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains(lines, l => l.StartsWith("Sitemap: http", StringComparison.Ordinal) && l.EndsWith("/sitemap.xml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zwgk")]
    [InlineData("/columns/news")]
    [InlineData("/items/1")]
    [InlineData("/search")]
    [InlineData("/search?q=%E4%B8%93%E5%88%A9")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_a_language_a_title_and_a_description(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(doc.Title));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.NotNull(doc.QuerySelector("meta[property='og:site_name']"));
    }
}

/// <summary>A portal whose sitemap files hold five URLs, to see the sitemap index a large archive gets.</summary>
public sealed class SmallSitemapFactory : PortalFactory
{
    public SmallSitemapFactory() => With("Portal:Sitemap:PageSize", "5");
}

public sealed class SitemapIndexTests(SmallSitemapFactory factory) : IClassFixture<SmallSitemapFactory>
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Past_the_per_file_limit_the_sitemap_becomes_an_index_of_files_covering_every_item()
    {
        var client = factory.CreateAnonymousClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).PathAndQuery).ToList();
        Assert.True(files.Count >= 5);

        var items = new List<string>();
        foreach (var file in files)
        {
            var part = XDocument.Parse(await client.GetStringAsync(file));
            Assert.Equal(Sitemap + "urlset", part.Root!.Name);
            var locs = part.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)
                .Where(l => l.Contains("/items/", StringComparison.Ordinal)).ToList();
            Assert.True(locs.Count <= 5);
            items.AddRange(locs);
        }
        var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?limit=100"));
        var published = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
        Assert.Equal(published.Order(), items.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemaps/{files.Count + 1}.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/0.xml")).StatusCode);
    }
}
