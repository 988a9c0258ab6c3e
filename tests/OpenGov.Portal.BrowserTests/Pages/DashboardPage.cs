using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>The back-office dashboard (/admin) a member of staff lands on after signing in.</summary>
public sealed class DashboardPage(Visitor visitor)
{
    public static Task<DashboardPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("dashboard", url => url.AbsolutePath is "/admin" or "/admin/", v => new DashboardPage(v));

    public Visitor Visitor { get; } = visitor;
    public IPage Page => Visitor.Page;

    public ILocator Heading => Page.Locator("main h1");
    public ILocator Welcome => Page.Locator("main");
    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" });
    public ILocator SignOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "退出登录" });

    public async Task<HomePage> ViewPublicSiteAsync()
    {
        await Navigation.GetByRole(AriaRole.Link, new() { Name = "查看网站" }).ClickAsync();
        return await HomePage.ArriveAsync(Visitor);
    }

    public async Task<StaffLoginPage> SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        return await StaffLoginPage.ArriveAsync(Visitor);
    }
}
