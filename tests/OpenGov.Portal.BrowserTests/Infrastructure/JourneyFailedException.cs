namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>A journey step failed; says who was on which page and where the screenshots are. The cause is the inner exception.</summary>
public sealed class JourneyFailedException(Journey journey, IReadOnlyList<string> screenshots, Exception cause)
    : Exception(Describe(journey, screenshots, cause), cause)
{
    static string Describe(Journey journey, IReadOnlyList<string> screenshots, Exception cause)
    {
        var where = journey.Current is { } v ? $"{v.Who} on {v.CurrentPageName} ({v.Page.Url})" : "before any page was checked";
        var shots = screenshots.Count > 0
            ? Environment.NewLine + "Screenshots:" + string.Concat(screenshots.Select(s => Environment.NewLine + "  " + s))
            : "";
        return $"Journey {journey.Name} failed, {where}: {cause.Message}{shots}";
    }
}
