using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>The new-user / edit-user form (/admin/users/new, /admin/users/{id}).</summary>
public sealed class UserFormPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<UserFormPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("user-form", url => url.AbsolutePath.StartsWith("/admin/users/", StringComparison.Ordinal), v => new UserFormPage(v));

    public ILocator UserName => Page.GetByLabel("用户名");
    public ILocator DisplayName => Page.GetByLabel("姓名");
    public ILocator Department => Page.GetByLabel("所属处室");
    public ILocator Role(string displayName) => Page.GetByRole(AriaRole.Checkbox, new() { Name = displayName, Exact = true });

    /// <summary>Saves a form that the server will refuse; the same form comes back with its messages.</summary>
    public async Task<UserFormPage> SaveExpectingErrorsAsync()
    {
        await SaveButton.ClickAsync();
        return await ArriveAsync(Visitor);
    }

    /// <summary>Saves a new user; the administrator sees the one-time temporary password.</summary>
    public async Task<TemporaryPasswordPage> CreateAsync()
    {
        await SaveButton.ClickAsync();
        return await TemporaryPasswordPage.ArriveAsync(Visitor);
    }

    ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "保存" });
}
