using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>The back-office sign-in form (/admin/account/login).</summary>
public sealed class StaffLoginPage(Visitor visitor)
{
    /// <summary>Password of every demo account (author, reviewer, leader, admin, auditor…).</summary>
    public const string DemoPassword = "OpenGov#Demo2012";

    public static async Task<StaffLoginPage> OpenAsync(Visitor visitor)
    {
        await visitor.GotoAsync("/admin/account/login");
        return await ArriveAsync(visitor);
    }

    public static Task<StaffLoginPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("staff-login", url => url.AbsolutePath == "/admin/account/login", v => new StaffLoginPage(v));

    public Visitor Visitor { get; } = visitor;
    public IPage Page => Visitor.Page;

    public ILocator UserName => Page.GetByLabel("用户名");
    public ILocator Password => Page.GetByLabel("密码");
    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "登录" });
    public ILocator Errors => Page.Locator("main [role=alert], main .field-error");

    public Task<DashboardPage> SignInAsync(string userName, string password = DemoPassword) =>
        SignInAsync(userName, DashboardPage.ArriveAsync, password);

    /// <summary>Signs in and lands where the login form was asked to return to (the page the visitor wanted).</summary>
    public async Task<TPage> SignInAsync<TPage>(string userName, Func<Visitor, Task<TPage>> arrive, string password = DemoPassword)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        return await arrive(Visitor);
    }
}
