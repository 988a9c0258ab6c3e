using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;

namespace OpenGov.Portal.BrowserTests;

/// <summary>The journey harness keeps its promises: no page escapes the gate, and failures leave screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyHarnessTests(BrowserPortal portal)
{
    [Fact]
    public async Task A_page_loaded_without_the_accessibility_check_fails_the_journey()
    {
        await using var journey = new Journey(portal, nameof(A_page_loaded_without_the_accessibility_check_fails_the_journey));
        var citizen = await journey.CitizenAsync();
        await HomePage.OpenAsync(citizen);
        await citizen.Page.GotoAsync("/columns/news"); // straight to Playwright, around the page objects

        Assert.Equal([$"citizen: {portal.BaseAddress}columns/news"], journey.UncheckedPages());
        var failure = Assert.ThrowsAny<Exception>(journey.AssertEveryPageWasChecked);
        Assert.Contains("/columns/news", failure.Message);
    }

    [Fact]
    public async Task A_failing_journey_leaves_desktop_and_phone_screenshots_and_says_where()
    {
        const string name = "Harness_self_test_deliberate_failure";
        var failure = await Assert.ThrowsAsync<JourneyFailedException>(() => portal.RunJourneyAsync(async journey =>
        {
            var citizen = await journey.CitizenAsync();
            await HomePage.OpenAsync(citizen);
            Assert.Fail("deliberate failure");
        }, name));

        Assert.Contains("citizen on home", failure.Message);
        Assert.Contains("deliberate failure", failure.Message);
        var folder = Path.Combine(Screenshots.Folder, name);
        Assert.True(File.Exists(Path.Combine(folder, "failure-citizen-home-desktop.png")), failure.Message);
        Assert.True(File.Exists(Path.Combine(folder, "failure-citizen-home-phone.png")), failure.Message);
        Directory.Delete(folder, recursive: true); // not a real failure: keep the screenshot folder for real ones
    }
}
