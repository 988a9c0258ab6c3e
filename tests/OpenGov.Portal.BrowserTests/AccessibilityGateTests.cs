using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests;

/// <summary>Proves the gate bites: a page with known WCAG failures is reported, a clean one passes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityGateTests(BrowserPortal portal)
{
    const string Broken = """
        <!DOCTYPE html><html lang="zh-CN"><head><title>故意有缺陷的页面</title></head>
        <body><main><h1>故意有缺陷的页面</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
        <form><input type="text" name="q"><button type="submit">搜索</button></form>
        </main></body></html>
        """;

    const string Clean = """
        <!DOCTYPE html><html lang="zh-CN"><head><title>无障碍页面</title></head>
        <body><main><h1>无障碍页面</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" alt="省知识产权局徽标">
        <form><label for="q">关键词</label><input id="q" type="text" name="q"><button type="submit">搜索</button></form>
        </main></body></html>
        """;

    [Fact]
    public async Task Gate_fails_a_page_with_an_image_without_alt_and_an_unlabelled_input()
    {
        await using var journey = new Journey(portal, nameof(Gate_fails_a_page_with_an_image_without_alt_and_an_unlabelled_input));
        var visitor = await journey.NewVisitorAsync("tester");
        await visitor.Page.SetContentAsync(Broken);

        var failure = await Assert.ThrowsAsync<AccessibilityViolationException>(() => Accessibility.AssertAccessibleAsync(visitor.Page, "broken"));

        var rules = failure.Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", rules);
        Assert.Contains("label", rules);
        Assert.All(failure.Violations, v => Assert.Contains(v.Impact, Accessibility.BlockingImpacts));
        // The message names the rule, its impact, what it means and the offending elements' selectors.
        Assert.Contains("on broken (about:blank)", failure.Message);
        Assert.Contains("- image-alt [critical] Images must have alternative text: img", failure.Message);
        Assert.Contains("- label [critical] Form elements must have labels: input", failure.Message);
    }

    [Fact]
    public async Task Gate_passes_the_same_page_once_it_has_alt_text_and_a_label()
    {
        await using var journey = new Journey(portal, nameof(Gate_passes_the_same_page_once_it_has_alt_text_and_a_label));
        var visitor = await journey.NewVisitorAsync("tester");
        await visitor.Page.SetContentAsync(Clean);

        Assert.Empty(await Accessibility.BlockingViolationsAsync(visitor.Page));
    }
}
