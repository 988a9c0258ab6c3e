using Microsoft.Playwright;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by src/scripts/test.sh), found on PATH. Never a
/// browser downloaded by Playwright: `playwright install` is not used anywhere.
/// </summary>
public static class Chromium
{
    /// <summary>The launch flags, exactly as in the machine notes: headless, no sandbox (root in CI), nothing that phones home.</summary>
    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = Flags,
        });

    /// <summary>`chromium` on PATH with symlinks resolved (PORTAL_CHROMIUM overrides it).</summary>
    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return configured;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Debian's chromium is not on PATH: run the tests with `bash src/scripts/test.sh`, which installs it (apt-get install chromium).");
        return File.ResolveLinkTarget(onPath, returnFinalTarget: true)?.FullName ?? onPath;
    }
}
