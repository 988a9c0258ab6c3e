using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Pages;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// One journey test: the people taking part (each a <see cref="Visitor"/> with a fresh browser context),
/// the accessibility gate over every page they land on, and screenshots when something fails.
/// </summary>
public sealed class Journey(BrowserPortal portal, string name) : IAsyncDisposable
{
    readonly List<Visitor> visitors = [];
    int step;

    public string Name { get; } = name;
    public BrowserPortal Portal { get; } = portal;

    /// <summary>The app host: <c>Factory.Clock</c> moves time, <c>Factory.PublishAsync</c> sets up content.</summary>
    public PortalFactory Factory => Portal.Factory;

    /// <summary>The visitor whose page was checked last, for failure messages.</summary>
    public Visitor? Current { get; internal set; }

    /// <summary>An anonymous member of the public in a browser of their own.</summary>
    public Task<Visitor> CitizenAsync() => NewVisitorAsync("citizen");

    /// <summary>A member of staff who has signed in through the real login form and sees the dashboard.</summary>
    public async Task<DashboardPage> StaffSignedInAsync(string userName, string password = StaffLoginPage.DemoPassword)
    {
        var visitor = await NewVisitorAsync(userName);
        var login = await StaffLoginPage.OpenAsync(visitor);
        return await login.SignInAsync(userName, password);
    }

    /// <summary>
    /// A member of staff who opens a back-office address (a bookmark, a link in a message), is sent to the login
    /// form, signs in and lands on that page: one page fewer than going through the dashboard.
    /// </summary>
    public async Task<TPage> StaffSignedInAtAsync<TPage>(string userName, string path, Func<Visitor, Task<TPage>> arrive,
        string password = StaffLoginPage.DemoPassword)
    {
        var visitor = await NewVisitorAsync(userName);
        await visitor.GotoAsync(path);
        var login = await StaffLoginPage.ArriveAsync(visitor);
        return await login.SignInAsync(userName, arrive, password);
    }

    public async Task<Visitor> NewVisitorAsync(string who)
    {
        var context = await Portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = Visitor.Desktop,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var visitor = new Visitor(this, who, context, await context.NewPageAsync());
        visitors.Add(visitor);
        return visitor;
    }

    internal int NextStep() => Interlocked.Increment(ref step);

    /// <summary>Pages loaded (by any visitor) that never passed <see cref="Visitor.CheckPageAsync"/>, as "who: url".</summary>
    public IReadOnlyList<string> UncheckedPages() =>
        [.. visitors.SelectMany(v => v.UncheckedPages().Select(url => $"{v.Who}: {url}"))];

    /// <summary>Guards the gate for journeys added later: a page loaded but never checked fails the journey.</summary>
    public void AssertEveryPageWasChecked()
    {
        var unverified = UncheckedPages();
        Assert.True(unverified.Count == 0,
            "Pages loaded without an accessibility check (arrive through a page object, or call visitor.CheckPageAsync): "
            + string.Join(", ", unverified));
    }

    public async Task<IReadOnlyList<string>> CaptureFailureAsync()
    {
        var shots = new List<string>();
        foreach (var visitor in visitors)
        {
            try
            {
                shots.AddRange(await Screenshots.TakeAsync(visitor.Page, Name, $"failure-{visitor.Who}-{visitor.CurrentPageName ?? "page"}"));
            }
            catch (PlaywrightException)
            {
                // The page or browser is gone; the original failure says why.
            }
        }
        return shots;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var visitor in visitors) await visitor.DisposeAsync();
    }
}
