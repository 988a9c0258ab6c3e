using AngleSharp;
using AngleSharp.Dom;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) => await ParseAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(req => req.Content(html));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }
}
