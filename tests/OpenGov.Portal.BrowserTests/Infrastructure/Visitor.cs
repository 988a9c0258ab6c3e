using Microsoft.Playwright;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// One person in a journey: a fresh browser context and its page. Page objects (Pages/) arrive through
/// <see cref="ArriveAsync{TPage}"/>, so every page a visitor lands on passes the accessibility gate.
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    readonly IBrowserContext context;
    readonly HashSet<string> loaded = [];
    readonly HashSet<string> checkedUrls = [];
    int loads;
    int loadsAtLastCheck;

    internal Visitor(Journey journey, string who, IBrowserContext context, IPage page)
    {
        Journey = journey;
        Who = who;
        this.context = context;
        Page = page;
        page.Load += (_, p) =>
        {
            lock (loaded) loaded.Add(p.Url);
            Interlocked.Increment(ref loads);
        };
    }

    public Journey Journey { get; }

    /// <summary>"citizen", or the staff account name; used in failure messages and screenshot names.</summary>
    public string Who { get; }

    public IPage Page { get; }

    /// <summary>The page object name of the last page checked ("home", "item"…).</summary>
    public string? CurrentPageName { get; private set; }

    /// <summary>Opens a site path ("/", "/columns/notices") as if typed into the address bar.</summary>
    public async Task<IResponse?> GotoAsync(string path) => await Page.GotoAsync(path);

    /// <summary>
    /// Waits for the next page to finish loading (a link followed, a form posted, even to the same URL), checks it
    /// is the page expected (its path satisfies <paramref name="isAt"/>), gates it, and wraps it in its page object.
    /// </summary>
    public async Task<TPage> ArriveAsync<TPage>(string pageName, Func<Uri, bool> isAt, Func<Visitor, TPage> page)
    {
        await WaitForNextPageAsync(pageName);
        Assert.True(isAt(new Uri(Page.Url)), $"Expected to arrive at {pageName}, but the browser shows {Page.Url}");
        await CheckPageAsync(pageName);
        return page(this);
    }

    async Task WaitForNextPageAsync(string pageName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref loads) == loadsAtLastCheck)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No new page loaded on the way to {pageName}; the browser still shows {Page.Url}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// The gate every page passes: axe (WCAG 2.1 A/AA; critical and serious violations fail), then desktop
    /// and phone screenshots when PORTAL_SCREENSHOTS=1.
    /// </summary>
    public async Task CheckPageAsync(string pageName)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        loadsAtLastCheck = Volatile.Read(ref loads);
        CurrentPageName = pageName;
        Journey.Current = this;
        lock (loaded) checkedUrls.Add(Page.Url);
        await Accessibility.AssertAccessibleAsync(Page, pageName);
        if (Screenshots.Always) await Screenshots.TakeAsync(Page, Journey.Name, $"{Journey.NextStep():00}-{Who}-{pageName}");
    }

    internal IReadOnlyList<string> UncheckedPages()
    {
        lock (loaded) return [.. loaded.Where(u => !u.StartsWith("about:", StringComparison.Ordinal) && !checkedUrls.Contains(u))];
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
