using System.Text.RegularExpressions;
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

    [Fact]
    public Task Feedback_form_can_be_filled_corrected_and_submitted_by_keyboard() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        var form = await FeedbackFormPage.OpenAsync(citizen);
        var page = citizen.Page;
        var keyboard = page.Keyboard;

        // Skip the header and the site navigation.
        Assert.Equal("#main", (await Focus.TabAsync(page, "跳到主要内容")).Href);
        await keyboard.PressAsync("Enter");
        Assert.Equal("main", (await Focus.CurrentAsync(page))?.Id);

        // The participation links first, then the form's fields in reading order, each named as its label says.
        string[] subNav = ["互动交流", "我要留言", "留言查询", "留言选登", "在线调查", "依申请公开", "申请查询"];
        foreach (var entry in subNav) Assert.Equal("互动交流", (await Focus.TabAsync(page, entry)).Area);

        Assert.Equal("Category-Consultation", (await Focus.TabAsync(page, "咨询")).Id);
        await keyboard.PressAsync("Space");
        await Expect(form.Category("咨询")).ToBeCheckedAsync();
        Assert.Equal("Subject", (await Focus.TabAsync(page, Required("标题"))).Id);
        await keyboard.TypeAsync("专利公开查询系统夜间无法访问");
        Assert.Equal("Body", (await Focus.TabAsync(page, Required("留言内容"))).Id); // left empty for now
        Assert.Equal("Name", (await Focus.TabAsync(page, "姓名")).Id);
        await keyboard.TypeAsync("李先生");
        Assert.Equal("Phone", (await Focus.TabAsync(page, "联系电话")).Id);
        Assert.Equal("Email", (await Focus.TabAsync(page, "电子邮箱")).Id);
        await keyboard.TypeAsync("li@example.cn");
        Assert.Equal("ConsentToPublish", (await Focus.TabAsync(page, new Regex("^同意在网站“留言选登”中公开"))).Id);
        Assert.Equal("提交留言", (await Focus.TabAsync(page, "提交留言")).Text);

        // Back with Shift+Tab to the e-mail field; Enter in a text field submits the form.
        Assert.Equal("ConsentToPublish", (await Focus.TabAsync(page, new Regex("^同意"), backwards: true)).Id);
        Assert.Equal("Email", (await Focus.TabAsync(page, "电子邮箱", backwards: true)).Id);
        await keyboard.PressAsync("Enter");
        form = await FeedbackFormPage.ArriveAsync(citizen);

        // The refused form puts focus on its error summary (an alert, read out), which links to the field.
        Assert.Equal("error-summary", (await Focus.CurrentAsync(page))?.Id);
        await Expect(form.ErrorSummary).ToHaveAttributeAsync("role", "alert");
        await Expect(Focus.Focused(page)).ToHaveAccessibleNameAsync(new Regex("提交未成功"));
        var link = await Focus.TabAsync(page, "请填写留言内容");
        Assert.Equal("#Body", link.Href);
        await keyboard.PressAsync("Enter");
        Assert.Equal("Body", (await Focus.CurrentAsync(page))?.Id);
        await Expect(Focus.Focused(page)).ToHaveAccessibleDescriptionAsync(new Regex("请填写留言内容"));
        await Expect(form.Subject).ToHaveValueAsync("专利公开查询系统夜间无法访问");
        await Expect(form.Email).ToHaveValueAsync("li@example.cn");

        await keyboard.TypeAsync("每晚22时后检索页面提示服务不可用,请延长服务时间。");
        Assert.Equal("Name", (await Focus.TabAsync(page, "姓名")).Id);
        await keyboard.PressAsync("Enter");
        var submitted = await FeedbackSubmittedPage.ArriveAsync(citizen);
        await Expect(submitted.TrackingCode).ToHaveTextAsync(new Regex(@"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
    });

    /// <summary>The name of a required field: its label, then the asterisk the label shows.</summary>
    static Regex Required(string label) => new($"^{Regex.Escape(label)} ?\\*$");
}
