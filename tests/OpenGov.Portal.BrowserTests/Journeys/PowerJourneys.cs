using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

/// <summary>The power list (权力清单): every page passes the accessibility gate, the chart stays readable on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PowerJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Citizen_filters_the_power_list_and_reads_a_flowchart_and_its_steps_on_a_phone() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        await citizen.GotoAsync("/powers");
        await citizen.CheckPageAsync("powers");

        await citizen.Page.GetByLabel("权力类别").SelectOptionAsync("Penalty");
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await citizen.ArriveAsync("powers filtered", u => u.Query.Contains("category=Penalty", StringComparison.Ordinal), v => v);
        await Expect(citizen.Page.Locator("table.power-list tbody tr")).ToHaveCountAsync(1);

        await citizen.Page.GetByRole(AriaRole.Link, new() { Name = "对假冒专利行为的行政处罚" }).ClickAsync();
        await citizen.ArriveAsync("power", u => u.AbsolutePath == "/powers/CF-001", v => v);
        var chart = citizen.Page.GetByRole(AriaRole.Img, new() { Name = "对假冒专利行为的行政处罚权力运行流程图" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(citizen.Page.Locator("ol.flow-steps > li")).ToHaveCountAsync(16);

        // On a phone the chart keeps its natural size (readable text) and its frame scrolls sideways.
        await citizen.Page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        var box = await chart.BoundingBoxAsync();
        Assert.True(box!.Width > Visitor.Phone.Width, $"chart is {box.Width}px wide on a phone");
        Assert.True(await citizen.Page.Locator(".flowchart-frame").EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        await citizen.CheckPageAsync("power on a phone");
    });

    [Fact]
    public Task Author_opens_the_power_list_and_the_flow_editor() => portal.RunJourneyAsync(async journey =>
    {
        var dashboard = await journey.StaffSignedInAsync("author2");
        var staff = dashboard.Visitor;
        await staff.Page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" }).GetByRole(AriaRole.Link, new() { Name = "权力清单", Exact = true }).ClickAsync();
        await staff.ArriveAsync("admin powers", u => u.AbsolutePath == "/admin/powers", v => v);

        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "新建权力事项" }).ClickAsync();
        await staff.ArriveAsync("new power", u => u.AbsolutePath == "/admin/powers/new", v => v);
        await staff.Page.GetByLabel("权力类别").SelectOptionAsync("Confirmation");
        await staff.Page.GetByLabel("事项编码").FillAsync("QR-900");
        await staff.Page.GetByLabel("事项名称").FillAsync("专利实施许可合同备案");
        await staff.Page.GetByLabel("法定时限").FillAsync("7个工作日");
        await staff.Page.GetByLabel("法律法规名称").FillAsync("《专利实施许可合同备案办法》");
        await staff.Page.GetByLabel("条款", new() { Exact = true }).FillAsync("第二条");
        await staff.Page.GetByLabel("条款内容").FillAsync("国家知识产权局负责全国专利实施许可合同的备案工作。");
        await staff.Page.GetByLabel("责任事项").FillAsync("受理、审查、备案。");
        await staff.Page.GetByLabel("追责情形").FillAsync("不依法备案的。");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await staff.ArriveAsync("flow editor", u => u.AbsolutePath.EndsWith("/flow", StringComparison.Ordinal), v => v);
        await Expect(staff.Page.Locator("main .flash-ok")).ToContainTextAsync("已保存草稿");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "保存流程" }).ClickAsync();
        await staff.ArriveAsync("power preview", u => u.AbsolutePath.StartsWith("/admin/powers/", StringComparison.Ordinal), v => v);
        await Expect(staff.Page.GetByRole(AriaRole.Img, new() { Name = "专利实施许可合同备案权力运行流程图" })).ToBeVisibleAsync();
    });
}
