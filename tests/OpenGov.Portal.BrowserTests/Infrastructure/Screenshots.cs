using Microsoft.Playwright;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// Full-page screenshots at desktop (1280 px) and phone (390 px) width, written to
/// TestResults/screenshots/{journey}/ under the repository (PORTAL_SCREENSHOT_DIR overrides the folder).
/// Taken on failure, and for every page when PORTAL_SCREENSHOTS=1.
/// </summary>
public static class Screenshots
{
    public static bool Always => Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is "1" or "true";

    public static string Folder =>
        Environment.GetEnvironmentVariable("PORTAL_SCREENSHOT_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static async Task<IReadOnlyList<string>> TakeAsync(IPage page, string journey, string label)
    {
        var folder = Path.Combine(Folder, journey);
        Directory.CreateDirectory(folder);
        var desktop = Path.Combine(folder, $"{label}-desktop.png");
        var phone = Path.Combine(folder, $"{label}-phone.png");
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (Visitor.Desktop.Width, Visitor.Desktop.Height);
        await page.SetViewportSizeAsync(Visitor.Desktop.Width, Visitor.Desktop.Height);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = desktop, FullPage = true });
        await page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = phone, FullPage = true });
        await page.SetViewportSizeAsync(width, height);
        return [desktop, phone];
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGov.Portal.sln"))) return dir.FullName;
        }
        return Path.Combine(AppContext.BaseDirectory, "test-output");
    }
}
