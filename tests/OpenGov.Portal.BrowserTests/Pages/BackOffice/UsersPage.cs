using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>User management (/admin/users): the list of staff accounts. Administrators only.</summary>
public sealed class UsersPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<UsersPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("users", url => PathIs(url, "/admin/users"), v => new UsersPage(v));

    public ILocator Rows => Page.Locator("main table.data tbody tr");

    public ILocator Row(string userName) => Rows.Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = userName, Exact = true }) });

    public async Task<UserFormPage> NewUserAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        return await UserFormPage.ArriveAsync(Visitor);
    }
}
