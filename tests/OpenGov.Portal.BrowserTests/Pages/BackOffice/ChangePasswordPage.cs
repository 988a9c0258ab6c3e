using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>A signed-in member of staff changes their password (/admin/account/password).</summary>
public sealed class ChangePasswordPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static async Task<ChangePasswordPage> OpenAsync(Visitor visitor)
    {
        await visitor.GotoAsync("/admin/account/password");
        return await ArriveAsync(visitor);
    }

    public static Task<ChangePasswordPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("change-password", url => PathIs(url, "/admin/account/password"), v => new ChangePasswordPage(v));

    public ILocator CurrentPassword => Page.GetByLabel("当前密码");
    public ILocator NewPassword => Page.GetByLabel("新密码", new() { Exact = true });
    public ILocator ConfirmPassword => Page.GetByLabel("确认新密码");

    public async Task<ChangePasswordPage> SubmitExpectingErrorsAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        return await ArriveAsync(Visitor);
    }
}
