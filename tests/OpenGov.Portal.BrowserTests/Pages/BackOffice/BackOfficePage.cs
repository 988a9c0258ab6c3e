using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>What every signed-in back-office page has: the back-office navigation, flash messages, sign out.</summary>
public abstract class BackOfficePage(Visitor visitor)
{
    public Visitor Visitor { get; } = visitor;
    public IPage Page => Visitor.Page;

    public ILocator Heading => Page.Locator("main h1");
    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" });
    public ILocator SuccessMessage => Page.Locator("main .flash-ok");
    public ILocator FieldErrors => Page.Locator("main .field-error:not(:empty), main .validation-summary-errors li");
    public ILocator SignOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "退出登录" });

    /// <summary>Clicks an entry of the back-office navigation (工作台, 信息起草, 保密审查, 用户管理…).</summary>
    protected Task FollowNavAsync(string entry) =>
        Navigation.GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();

    public async Task<HomePage> ViewPublicSiteAsync()
    {
        await FollowNavAsync("查看网站");
        return await HomePage.ArriveAsync(Visitor);
    }

    public async Task<DraftsPage> OpenDraftingAsync()
    {
        await FollowNavAsync("信息起草");
        return await DraftsPage.ArriveAsync(Visitor);
    }

    public async Task<ReviewQueuePage> OpenReviewQueueAsync()
    {
        await FollowNavAsync("保密审查");
        return await ReviewQueuePage.ArriveAsync(Visitor);
    }

    public async Task<SignOffQueuePage> OpenSignOffAsync()
    {
        await FollowNavAsync("领导签发");
        return await SignOffQueuePage.ArriveAsync(Visitor);
    }

    public async Task<UsersPage> OpenUserManagementAsync()
    {
        await FollowNavAsync("用户管理");
        return await UsersPage.ArriveAsync(Visitor);
    }

    public async Task<StaffLoginPage> SignOutAsync()
    {
        await SignOutButton.ClickAsync();
        return await StaffLoginPage.ArriveAsync(Visitor);
    }

    internal static bool PathIs(Uri url, string path) => url.AbsolutePath.TrimEnd('/') == path;
}
