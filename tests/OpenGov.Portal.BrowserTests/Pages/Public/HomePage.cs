using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>The home page: one block of latest items per column.</summary>
public sealed class HomePage(Visitor visitor) : PublicPage(visitor)
{
    public static async Task<HomePage> OpenAsync(Visitor visitor)
    {
        await visitor.GotoAsync("/");
        return await ArriveAsync(visitor);
    }

    public static Task<HomePage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("home", url => PathIs(url, "/"), v => new HomePage(v));

    /// <summary>The block of a column (its heading is the column name).</summary>
    public ILocator Block(string columnName) => Page.GetByRole(AriaRole.Region, new() { Name = columnName, Exact = true });

    /// <summary>The item links of a column's block (not its "更多" link).</summary>
    public ILocator ItemLinksIn(string columnName) => Block(columnName).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link);

    public async Task<ItemPage> OpenItemAsync(string title)
    {
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        return await ItemPage.ArriveAsync(Visitor);
    }
}
