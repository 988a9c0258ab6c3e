using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>/budgets: the published years and kinds, and the comparison form.</summary>
public sealed class BudgetListPage(Visitor visitor) : PublicPage(visitor)
{
    public static async Task<BudgetListPage> OpenFromNavAsync(PublicPage from)
    {
        await from.Navigation.GetByRole(AriaRole.Link, new() { Name = "财政预决算", Exact = true }).ClickAsync();
        return await from.Visitor.ArriveAsync("budgets", url => PathIs(url, "/budgets"), v => new BudgetListPage(v));
    }

    public async Task<BudgetYearPage> OpenAsync(string title)
    {
        await Page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        return await Visitor.ArriveAsync("budget", url => PathStartsWith(url, "/budgets/"), v => new BudgetYearPage(v));
    }

    public async Task<BudgetComparePage> CompareAsync(string from, string to)
    {
        await Page.GetByLabel("对比年度").SelectOptionAsync(from);
        await Page.GetByLabel("本年度").SelectOptionAsync(to);
        await Page.GetByRole(AriaRole.Button, new() { Name = "对比", Exact = true }).ClickAsync();
        return await Visitor.ArriveAsync("budget-compare", url => PathIs(url, "/budgets/compare"), v => new BudgetComparePage(v));
    }
}

/// <summary>/budgets/{year}: 情况说明, each table with its chart and downloads.</summary>
public sealed class BudgetYearPage(Visitor visitor) : PublicPage(visitor)
{
    public ILocator Tables => Page.Locator("table.budget-table");
    public ILocator Charts => Page.GetByRole(AriaRole.Img);

    public ILocator Table(string caption) => Page.GetByRole(AriaRole.Table, new() { Name = caption });
}

/// <summary>/budgets/compare: both years, change and percent per row.</summary>
public sealed class BudgetComparePage(Visitor visitor) : PublicPage(visitor)
{
    public ILocator Table(string slug) => Page.Locator($"#compare-{slug}");
}
