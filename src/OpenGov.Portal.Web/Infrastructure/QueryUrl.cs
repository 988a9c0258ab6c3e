using Microsoft.AspNetCore.WebUtilities;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Builds a link to a path with query values, leaving out empty ones.</summary>
public static class QueryUrl
{
    public static string Build(string path, IEnumerable<(string Key, string? Value)> values)
    {
        var present = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)).ToList();
        return present.Count == 0 ? path : QueryHelpers.AddQueryString(path, present);
    }
}
