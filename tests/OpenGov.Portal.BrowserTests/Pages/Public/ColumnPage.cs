using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>A column (栏目): its items, newest first, paged.</summary>
public sealed class ColumnPage(Visitor visitor) : PublicPage(visitor)
{
    public static async Task<ColumnPage> OpenAsync(Visitor visitor, string slug)
    {
        await visitor.GotoAsync($"/columns/{slug}");
        return await ArriveAsync(visitor);
    }

    public static Task<ColumnPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("column", url => PathStartsWith(url, "/columns/"), v => new ColumnPage(v));

    public ILocator ItemLinks => Page.Locator("main ul.item-list a");

    public async Task<ItemPage> OpenItemAsync(string title)
    {
        await ItemLinks.GetByText(title, new() { Exact = true }).ClickAsync();
        return await ItemPage.ArriveAsync(Visitor);
    }
}
