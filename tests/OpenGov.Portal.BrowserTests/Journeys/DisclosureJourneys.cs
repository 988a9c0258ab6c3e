using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class DisclosureJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Citizen_filters_and_sorts_the_disclosure_catalogue_then_reads_in_large_text() => portal.RunJourneyAsync(async journey =>
    {
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);
        await home.Navigation.GetByRole(AriaRole.Link, new() { Name = "政府信息公开", Exact = true }).ClickAsync();
        var catalogue = await CataloguePage.ArriveAsync(citizen);
        await Expect(catalogue.Heading).ToHaveTextAsync("政府信息公开目录");
        await Expect(catalogue.GuideLinks.GetByText("政府信息公开指南", new() { Exact = true })).ToBeVisibleAsync();

        catalogue = await catalogue.FilterByColumnAsync("政策文件");
        await Expect(catalogue.TitleLinks.GetByText("省知识产权局政务公开实施办法", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(catalogue.TitleLinks).ToHaveCountAsync(3);

        catalogue = await catalogue.SortByAsync("索引号");
        var numbers = await catalogue.IndexNumbers.AllInnerTextsAsync();
        Assert.Equal(numbers.OrderDescending(StringComparer.Ordinal), numbers);

        catalogue = await catalogue.SwitchToLargeTextAsync();
        await Expect(citizen.Page.Locator("html")).ToHaveClassAsync("large-text");
        await Expect(catalogue.TitleLinks).ToHaveCountAsync(3);

        var results = await catalogue.SearchAsync("预算");
        await Expect(results.ResultLinks.First).ToContainTextAsync("预算");
        await Expect(citizen.Page.Locator("main .facets")).ToContainTextAsync("栏目");
    });
}
