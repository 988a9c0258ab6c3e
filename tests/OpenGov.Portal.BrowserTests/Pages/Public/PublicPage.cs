using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>What every public page has: the header search box and the column navigation.</summary>
public abstract class PublicPage(Visitor visitor)
{
    public Visitor Visitor { get; } = visitor;
    public IPage Page => Visitor.Page;

    public ILocator Heading => Page.Locator("main h1");
    public ILocator SkipLink => Page.Locator("a.skip-link");
    public ILocator SearchBox => Page.GetByRole(AriaRole.Searchbox, new() { Name = "站内搜索" });
    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "栏目导航" });
    public ILocator NavLinks => Navigation.GetByRole(AriaRole.Link);

    /// <summary>Types a term into the header search box and presses Enter.</summary>
    public async Task<SearchResultsPage> SearchAsync(string term)
    {
        await SearchBox.FillAsync(term);
        await SearchBox.PressAsync("Enter");
        return await SearchResultsPage.ArriveAsync(Visitor);
    }

    /// <summary>Clicks a column in the main navigation (通知公告, 政策文件…).</summary>
    public async Task<ColumnPage> OpenColumnFromNavAsync(string columnName)
    {
        await Navigation.GetByRole(AriaRole.Link, new() { Name = columnName, Exact = true }).ClickAsync();
        return await ColumnPage.ArriveAsync(Visitor);
    }

    internal static bool PathIs(Uri url, string path) => url.AbsolutePath == path;

    internal static bool PathStartsWith(Uri url, string prefix) => url.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal);
}
