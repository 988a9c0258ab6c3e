using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>The back-office dashboard (/admin) a member of staff lands on after signing in.</summary>
public sealed class DashboardPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<DashboardPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("dashboard", url => PathIs(url, "/admin"), v => new DashboardPage(v));
}
