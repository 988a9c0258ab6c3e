using System.Net;
using AngleSharp.Dom;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class AccessibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_large_text_mode_is_a_plain_link_that_sets_a_cookie_and_returns()
    {
        var client = factory.CreateAnonymousClient();
        var page = await client.GetDocumentAsync("/zwgk?column=news");
        var toggle = page.QuerySelector("a.mode-toggle")!;
        Assert.Equal("大字号/高对比度", toggle.TextContent);

        var response = await client.GetAsync(toggle.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/zwgk?column=news", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("og.display=large", StringComparison.Ordinal));

        var large = await client.GetDocumentAsync("/zwgk?column=news");
        Assert.Equal("large-text", large.DocumentElement.GetAttribute("class"));
        Assert.Equal("标准模式", large.QuerySelector("a.mode-toggle")!.TextContent);
        await client.GetAsync(large.QuerySelector("a.mode-toggle")!.GetAttribute("href"));
        Assert.Null((await client.GetDocumentAsync("/zwgk?column=news")).DocumentElement.GetAttribute("class"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task The_mode_switch_never_redirects_off_site(string target)
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/display?mode=large&return=" + Uri.EscapeDataString(target));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Choosing_English_is_remembered_in_a_cookie()
    {
        var client = factory.CreateAnonymousClient();
        var home = await client.GetDocumentAsync("/zwgk?topic=x");
        var link = home.QuerySelectorAll(".prefs a").Single(a => a.TextContent == "English").GetAttribute("href")!;
        Assert.Contains("lang=en", link);
        Assert.Contains("topic=x", link);
        var response = await client.GetAsync(link);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var later = await client.GetDocumentAsync("/columns/news");
        Assert.Equal("en", later.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to main content", later.QuerySelector(".skip-link")!.TextContent);
        await client.GetAsync("/?lang=zh-CN");
        Assert.Equal("zh-CN", (await client.GetDocumentAsync("/columns/news")).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zwgk")]
    [InlineData("/search?q=%E4%B8%93%E5%88%A9")]
    [InlineData("/columns/notices")]
    [InlineData("/items/1")]
    public async Task Pages_have_landmarks_a_skip_link_and_labelled_controls(string url)
    {
        var doc = await factory.CreateAnonymousClient().GetDocumentAsync(url);
        Assert.NotNull(doc.QuerySelector("header"));
        Assert.NotNull(doc.QuerySelector("nav[aria-label]"));
        Assert.Single(doc.QuerySelectorAll("main#main"));
        Assert.NotNull(doc.QuerySelector("footer"));
        Assert.NotNull(doc.QuerySelector("a.skip-link[href='#main']"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        foreach (var control in doc.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            Assert.True(HasLabel(doc, control), $"{url}: {control.OuterHtml} has no label");
        foreach (var nav in doc.QuerySelectorAll("nav"))
            Assert.True(nav.HasAttribute("aria-label") || nav.HasAttribute("aria-labelledby"), $"{url}: a nav has no name");
    }

    static bool HasLabel(IDocument doc, IElement control) =>
        control.HasAttribute("aria-label") || control.HasAttribute("aria-labelledby")
        || (control.Id is { Length: > 0 } id && doc.QuerySelector($"label[for='{id}']") is not null)
        || control.Closest("label") is not null;

    [Fact]
    public async Task An_item_page_offers_a_print_button_that_needs_javascript_and_full_sharing_metadata()
    {
        var client = factory.CreateAnonymousClient();
        var doc = await client.GetDocumentAsync("/items/1");
        var button = doc.QuerySelector("button[data-print]")!;
        Assert.True(button.HasAttribute("hidden"), "without JavaScript the print button stays hidden");
        Assert.Equal("button", button.GetAttribute("type"));
        var script = doc.QuerySelector("script[src^='/js/print.js']")!;
        Assert.True(script.HasAttribute("defer"));
        Assert.Null(doc.QuerySelector("script:not([src])"));
        var js = await client.GetStringAsync(script.GetAttribute("src"));
        Assert.Contains("window.print()", js);
        Assert.NotNull(doc.QuerySelector("link[rel=stylesheet][media=print]"));

        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(doc.QuerySelector("h1")!.TextContent, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("黑龙江省知识产权局", doc.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.EndsWith("/items/1", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.EndsWith("/items/1", doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(3, doc.QuerySelectorAll(".breadcrumb li").Length);
    }

    [Fact]
    public async Task The_print_stylesheet_hides_the_site_chrome()
    {
        var css = await factory.CreateAnonymousClient().GetStringAsync("/css/print.css");
        foreach (var selector in new[] { ".site-header", ".site-nav", ".site-footer", ".print-button", ".breadcrumb" })
            Assert.Contains(selector, css);
    }
}
