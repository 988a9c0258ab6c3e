using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// One real portal (Kestrel on a free loopback port, its own copy of the demo-loaded template database)
/// and one Chromium per test collection. Every journey gets a fresh browser context (no shared cookies).
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    IPlaywright? playwright;
    IBrowser? browser;

    /// <summary>The app host: its services, clock (<c>Factory.Clock</c>) and content helpers (<c>Factory.PublishAsync</c>).</summary>
    public PortalFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseAddress = Factory.ClientOptions.BaseAddress;
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)Factory).DisposeAsync();
    }

    /// <summary>
    /// Runs one journey; each visitor in it gets a fresh browser context. Every page its visitors land on is checked by axe (see <see cref="Visitor.CheckPageAsync"/>);
    /// on failure each visitor's current page is photographed at desktop and phone width and the message says where.
    /// </summary>
    public async Task RunJourneyAsync(Func<Journey, Task> steps, [CallerMemberName] string name = "")
    {
        await using var journey = new Journey(this, name);
        try
        {
            await steps(journey);
            journey.AssertEveryPageWasChecked();
        }
        catch (Exception failure)
        {
            var shots = await journey.CaptureFailureAsync();
            throw new JourneyFailedException(journey, shots, failure);
        }
    }
}
