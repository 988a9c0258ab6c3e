namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>All journeys share one portal and one Chromium launch; xUnit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser";
}
