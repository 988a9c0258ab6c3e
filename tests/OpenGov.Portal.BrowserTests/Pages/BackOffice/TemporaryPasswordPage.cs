using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>Shown once after creating a user or resetting credentials: the temporary password.</summary>
public sealed class TemporaryPasswordPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<TemporaryPasswordPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("temporary-password", url => url.AbsolutePath.StartsWith("/admin/users/", StringComparison.Ordinal),
            v => new TemporaryPasswordPage(v));

    public ILocator Password => Page.Locator("#temporary-password");

    public async Task<UsersPage> BackToUsersAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "返回用户列表" }).ClickAsync();
        return await UsersPage.ArriveAsync(Visitor);
    }
}
