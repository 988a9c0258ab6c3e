using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>A friendly status page (404, 410, 500…) in the site layout.</summary>
public sealed class ErrorPage(Visitor visitor, int status) : PublicPage(visitor)
{
    /// <summary>Opens a path that answers an error status; fails if the status differs.</summary>
    public static async Task<ErrorPage> OpenAsync(Visitor visitor, string path, int expectedStatus)
    {
        var response = await visitor.GotoAsync(path);
        Assert.Equal(expectedStatus, response?.Status);
        await visitor.CheckPageAsync($"error-{expectedStatus}");
        return new ErrorPage(visitor, expectedStatus);
    }

    public int Status { get; } = status;
    public ILocator Message => Page.Locator("section.error-page");

    public async Task<HomePage> BackToHomeAsync()
    {
        await Message.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        return await HomePage.ArriveAsync(Visitor);
    }
}
