using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>政府信息公开目录 (/zwgk): filters, a sortable table of catalogue entries, keyset paging.</summary>
public sealed class CataloguePage(Visitor visitor) : PublicPage(visitor)
{
    public static Task<CataloguePage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("catalogue", url => PathIs(url, "/zwgk"), v => new CataloguePage(v));

    public ILocator GuideLinks => Page.Locator("main .zwgk-guide a");
    public ILocator TitleLinks => Page.Locator("main table.catalogue tbody td.title a");
    public ILocator IndexNumbers => Page.Locator("main table.catalogue tbody td.index-number");

    public async Task<CataloguePage> FilterByColumnAsync(string columnName)
    {
        await Page.GetByLabel("栏目", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = columnName });
        await Page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        return await ArriveAsync(Visitor);
    }

    /// <summary>Clicks a sortable column heading (索引号, 生成日期, 发布日期).</summary>
    public async Task<CataloguePage> SortByAsync(string heading)
    {
        await Page.Locator("main table.catalogue thead").GetByRole(AriaRole.Link, new() { Name = heading, Exact = true }).ClickAsync();
        return await ArriveAsync(Visitor);
    }

    /// <summary>Follows the header link to the large-text / high-contrast mode; it comes back to this page.</summary>
    public async Task<CataloguePage> SwitchToLargeTextAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "大字号/高对比度", Exact = true }).ClickAsync();
        return await ArriveAsync(Visitor);
    }
}
