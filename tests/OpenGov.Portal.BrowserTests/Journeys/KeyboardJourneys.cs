using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

/// <summary>Everything a mouse user can do on these pages, done with Tab, Shift+Tab and Enter only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Main_navigation_is_reachable_in_order_and_usable_by_keyboard() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);
        var page = citizen.Page;
        var navHrefs = await home.NavLinks.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal("/", navHrefs[0]);

        var skip = await Focus.TabAsync(page);
        Assert.Equal("#main", skip.Href);
        Assert.Equal("跳到主要内容", skip.Text);

        // Then the header (site name, search box and its button, language switch…), the search box among them.
        var headerStops = new List<Focus.Element>();
        var focused = await Focus.TabAsync(page);
        for (; focused.Area == "header" && headerStops.Count < 10; focused = await Focus.TabAsync(page)) headerStops.Add(focused);
        Assert.Contains(headerStops, e => e.Id == "site-search");

        // Then every column link of the main navigation, in order.
        foreach (var href in navHrefs)
        {
            Assert.Equal(("栏目导航", href), (focused.Area, focused.Href));
            if (href != navHrefs[^1]) focused = await Focus.TabAsync(page);
        }

        // Back to 通知公告 with Shift+Tab, then Enter follows it.
        for (var i = 0; i < navHrefs.Length && focused.Href != "/columns/notices"; i++) focused = await Focus.TabAsync(page, backwards: true);
        Assert.Equal("/columns/notices", focused.Href);
        await page.Keyboard.PressAsync("Enter");
        var column = await ColumnPage.ArriveAsync(citizen);
        await Expect(column.Heading).ToHaveTextAsync("通知公告");

        // On the next page the skip link comes first again and moves focus into the main content.
        Assert.Equal("#main", (await Focus.TabAsync(page)).Href);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", (await Focus.CurrentAsync(page))?.Id);
        var firstInMain = await Focus.TabAsync(page);
        Assert.Equal("首页", firstInMain.Text); // breadcrumb, the first link inside main
    });

    [Fact]
    public Task Staff_login_form_can_be_filled_and_submitted_by_keyboard() => portal.RunJourneyAsync(async journey =>
    {
        var staff = await journey.NewVisitorAsync("reviewer");
        await StaffLoginPage.OpenAsync(staff);
        var page = staff.Page;

        Assert.Equal("#main", (await Focus.TabAsync(page)).Href);
        Assert.Equal("/admin", (await Focus.TabAsync(page)).Href);

        // Submitting the empty form by keyboard shows the field messages and keeps focus usable.
        Assert.Equal("UserName", (await Focus.TabAsync(page)).Id);
        await page.Keyboard.PressAsync("Enter");
        var login = await StaffLoginPage.ArriveAsync(staff);
        await Expect(login.Errors.Filter(new() { HasText = "请输入用户名" })).ToHaveCountAsync(1);

        Assert.Equal("#main", (await Focus.TabAsync(page)).Href);
        Assert.Equal("/admin", (await Focus.TabAsync(page)).Href);
        Assert.Equal("UserName", (await Focus.TabAsync(page)).Id);
        await page.Keyboard.TypeAsync("reviewer");
        Assert.Equal("Password", (await Focus.TabAsync(page)).Id);
        await page.Keyboard.TypeAsync(StaffLoginPage.DemoPassword);
        Assert.Equal("登录", (await Focus.TabAsync(page)).Text);
        await page.Keyboard.PressAsync("Enter");

        var dashboard = await DashboardPage.ArriveAsync(staff);
        await Expect(dashboard.Heading).ToHaveTextAsync("工作台");
    });
}
