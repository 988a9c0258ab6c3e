using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>Search results for the term typed into the header search box.</summary>
public sealed class SearchResultsPage(Visitor visitor) : PublicPage(visitor)
{
    public static Task<SearchResultsPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("search", url => PathIs(url, "/search"), v => new SearchResultsPage(v));

    public ILocator ResultLinks => Page.Locator("main ol.search-results h3 a");

    public async Task<ItemPage> OpenResultAsync(string title)
    {
        await ResultLinks.GetByText(title, new() { Exact = true }).ClickAsync();
        return await ItemPage.ArriveAsync(Visitor);
    }
}
