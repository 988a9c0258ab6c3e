using AngleSharp.Html.Dom;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>Submits forms the way a browser does: GET the page, keep its antiforgery token, POST the fields.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields,
        string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null) values.Add(new("__RequestVerificationToken", token));
        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>An antiforgery token for posting to any form of the site (valid with the client's cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
    }
}
