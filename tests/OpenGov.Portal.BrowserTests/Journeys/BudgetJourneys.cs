using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class BudgetJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Citizen_reads_a_budget_with_its_charts_compares_two_years_and_downloads_a_table() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);

        var list = await BudgetListPage.OpenFromNavAsync(home);
        await Expect(list.Heading).ToHaveTextAsync("财政预决算");

        var budget = await list.OpenAsync("黑龙江省知识产权局2013年部门预算(演示数据)");
        await Expect(budget.Heading).ToHaveTextAsync("黑龙江省知识产权局2013年部门预算(演示数据)");
        await Expect(budget.Tables).ToHaveCountAsync(7);
        await Expect(budget.Charts).ToHaveCountAsync(7);
        await Expect(budget.Table("一般公共预算支出表(单位:万元)")).ToContainTextAsync("2013601");

        var download = await citizen.Page.RunAndWaitForDownloadAsync(() =>
            citizen.Page.Locator("#h-function ~ p.downloads a", new() { HasTextString = "CSV" }).ClickAsync());
        Assert.Equal("2013-budget-function.csv", download.SuggestedFilename);

        var back = await HomePage.OpenAsync(citizen);
        var again = await BudgetListPage.OpenFromNavAsync(back);
        var compare = await again.CompareAsync("2012", "2013");
        await Expect(compare.Heading).ToHaveTextAsync("部门预算年度对比:2012年与2013年");
        await Expect(compare.Table("three-public")).ToContainTextAsync("-24.14%");
    });
}
