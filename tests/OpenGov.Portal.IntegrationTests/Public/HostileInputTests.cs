using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

/// <summary>
/// Crawls the public site, finds every form, and submits a corpus of hostile inputs to each one:
/// nothing may answer 5xx or reflect markup unescaped, and the site must keep answering.
/// New public forms are covered automatically.
/// </summary>
public sealed class HostileInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    const string Script = "<script>alert('og')</script>";

    static readonly string[] Corpus =
    [
        Script,
        "\"><img src=x onerror=alert(1)>",
        "' OR '1'='1' --",
        "'; DROP TABLE publications; --",
        "😀👍🏽 中文 עברית \u202Eevil\u202C",
        "-1",
        "99999999999999999999999",
        "2012-13-45",
        "   ",
        new string('专', 5000),
    ];

    [Fact]
    public async Task Every_public_form_survives_hostile_input()
    {
        var client = factory.CreateAnonymousClient();
        var forms = await CrawlFormsAsync(client);
        Assert.Contains(forms, f => f.Action.StartsWith("/search", StringComparison.Ordinal));

        var failures = new List<string>();
        foreach (var form in forms)
        {
            foreach (var payload in Corpus.Append(new string('x', 1_000_000)))
            {
                if (form.Method == "get" && payload.Length > 20_000) continue;
                var response = await SubmitAsync(client, form, payload, duplicate: payload == Corpus[0]);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500) failures.Add($"{form.Method} {form.Action} [{Short(payload)}] -> {(int)response.StatusCode}");
                if (body.Contains(Script, StringComparison.Ordinal)) failures.Add($"{form.Method} {form.Action} reflects markup unescaped");
            }
            var empty = await SubmitAsync(client, form, null, duplicate: false);
            if ((int)empty.StatusCode >= 500) failures.Add($"{form.Method} {form.Action} [missing fields] -> {(int)empty.StatusCode}");
        }
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/search?q=%27%3B%20DROP%20TABLE%20x%3B--")]
    [InlineData("/search?q=%3Cscript%3E")]
    [InlineData("/search?q=%E2%80%AE")]
    [InlineData("/search?q=&q=&q=")]
    [InlineData("/columns/news?page=-99999999999&page=2")]
    [InlineData("/items/2147483648")]
    [InlineData("/items/99999999999999999999")]
    public async Task Odd_urls_never_answer_5xx(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} -> {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    static string Short(string s) => s.Length > 20 ? s[..20] + "…" : s;

    sealed record FoundForm(string Page, string Method, string Action, List<(string Name, string Kind, string? Value)> Fields);

    static async Task<List<FoundForm>> CrawlFormsAsync(HttpClient client)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>();
        var forms = new Dictionary<string, FoundForm>();
        while (queue.Count > 0 && seen.Count < 60)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var response = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var doc = await Html.ParseAsync(response);
            foreach (var a in doc.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("/admin", StringComparison.Ordinal)
                    || href.StartsWith("/attachments", StringComparison.Ordinal) || href.Contains(".xml", StringComparison.Ordinal)
                    || href.Contains("feed", StringComparison.Ordinal) || href.Contains(".csv", StringComparison.Ordinal)
                    || href.Contains(".json", StringComparison.Ordinal) || href.Contains(".svg", StringComparison.Ordinal)) continue;
                // One page per path is enough to find its forms.
                var path = href.Split('?', '#')[0];
                if (!seen.Contains(path) && !queue.Contains(path)) queue.Enqueue(path);
            }
            foreach (var form in doc.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                var action = form.GetAttribute("action") is { Length: > 0 } act ? act : url;
                if (action.StartsWith("/admin", StringComparison.Ordinal)) continue;
                var method = (form.GetAttribute("method") ?? "get").ToLowerInvariant();
                var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
                    .Select(e => (e.GetAttribute("name")!, KindOf(e), DefaultOf(e))).ToList();
                forms.TryAdd(method + " " + action, new FoundForm(url, method, action, fields));
            }
        }
        return [.. forms.Values];
    }

    static string KindOf(IElement e) => e.TagName.ToLowerInvariant() switch
    {
        "textarea" => "text",
        "select" => "select",
        _ => (e.GetAttribute("type") ?? "text").ToLowerInvariant(),
    };

    static string? DefaultOf(IElement e) => e.TagName.Equals("select", StringComparison.OrdinalIgnoreCase)
        ? e.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).LastOrDefault(v => !string.IsNullOrEmpty(v))
        : e.GetAttribute("value");

    static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, FoundForm form, string? payload, bool duplicate)
    {
        var values = new List<KeyValuePair<string, string>>();
        if (form.Method == "post")
        {
            var page = await client.GetDocumentAsync(form.Page);
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            if (token is not null) values.Add(new("__RequestVerificationToken", token));
        }
        if (payload is not null)
        {
            foreach (var (name, kind, value) in form.Fields.Where(f => f.Name != "__RequestVerificationToken"))
            {
                var v = kind switch
                {
                    "hidden" or "checkbox" or "radio" or "select" or "submit" => value ?? payload,
                    "file" => null,
                    _ => payload,
                };
                if (v is null) continue;
                values.Add(new(name, v));
                if (duplicate) values.Add(new(name, v));
            }
        }
        if (form.Method == "get")
        {
            var query = string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
            return await client.GetAsync($"{form.Action}?{query}");
        }
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(form.Action, content);
    }
}
