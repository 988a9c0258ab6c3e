using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;
using OpenGov.Portal.IntegrationTests.Participation;

namespace OpenGov.Portal.IntegrationTests.Public;

/// <summary>
/// Crawls the public site, finds every form, and submits a corpus of hostile inputs to each one:
/// nothing may answer 5xx or reflect markup unescaped, a submission refused with a validation error
/// stores nothing (rows of every table citizens write to are counted before and after), and the site
/// must keep answering. New public forms are covered automatically. Valid but unusual text (emoji,
/// right-to-left, markup-looking) is stored exactly as typed and shown encoded.
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
        "-2147483649",
        "1e309",
        "NaN",
        "0000-00-00",
        "2026-02-30T25:61",
    ];

    /// <summary>Also put into hidden fields, selects, radios and checkboxes (ids, enums, dates, page numbers).</summary>
    static readonly HashSet<string> Everywhere = ["-1", "99999999999999999999999", "-2147483649", "1e309", "NaN", "2012-13-45", "0000-00-00", "2026-02-30T25:61"];

    const string Unusual = "😀👍🏽 中文 עברית ‮evil‬ <script>alert('og')</script> ' OR '1'='1";

    [Fact]
    public async Task Every_public_form_survives_hostile_input_and_stores_nothing_it_refuses()
    {
        await OpenSurveyAsync();
        var client = factory.CreateAnonymousClient();
        var forms = await CrawlFormsAsync(client);
        var found = string.Join(", ", forms.Select(f => $"{f.Method} {f.Action}"));
        foreach (var expected in new[] { "get /search", "post /feedback/new", "post /feedback/query", "post /ysqgk/apply/person", "post /ysqgk/apply/organisation",
                     "post /ysqgk/query", "post /surveys/" })
            Assert.True(forms.Any(f => $"{f.Method} {f.Action}".StartsWith(expected, StringComparison.Ordinal)), $"no form {expected} among {found}");

        var failures = new List<string>();
        foreach (var form in forms)
        {
            foreach (var payload in Corpus.Append(new string('x', 1_000_000)))
            {
                foreach (var everywhere in Everywhere.Contains(payload) ? new[] { false, true } : [false])
                {
                    if (form.Method == "get" && payload.Length > 100_000) continue;
                    var label = $"{form.Method} {form.Action} [{Short(payload)}{(everywhere ? ", all fields" : "")}]";
                    var before = await CountRowsAsync();
                    var response = await SubmitAsync(client, form, payload, duplicate: payload == Corpus[0], everywhere);
                    await CheckAsync(label, response, before, failures);
                }
            }
            var emptyBefore = await CountRowsAsync();
            await CheckAsync($"{form.Method} {form.Action} [missing fields]", await SubmitAsync(client, form, null, duplicate: false, everywhere: false), emptyBefore, failures);
        }
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    async Task CheckAsync(string label, HttpResponseMessage response, Dictionary<string, long> before, List<string> failures)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) failures.Add($"{label} -> {(int)response.StatusCode}");
        if (body.Contains(Script, StringComparison.Ordinal)) failures.Add($"{label} reflects markup unescaped");
        var after = await CountRowsAsync();
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => $"{kv.Key} {before[kv.Key]}->{kv.Value}").ToList();
        if (changed.Count > 0 && await RefusedAsync(response, body))
            failures.Add($"{label} was refused ({(int)response.StatusCode}) but stored rows: {string.Join(", ", changed)}");
    }

    /// <summary>A 4xx, or a page showing a validation message.</summary>
    static async Task<bool> RefusedAsync(HttpResponseMessage response, string body)
    {
        if ((int)response.StatusCode >= 400) return true;
        if (response.Content.Headers.ContentType?.MediaType != "text/html") return false;
        var doc = await Html.ParseAsync(body);
        return doc.QuerySelector(".field-validation-error, .input-validation-error, .validation-summary-errors li") is not null;
    }

    /// <summary>Rows in every table a citizen's submission can write to.</summary>
    async Task<Dictionary<string, long>> CountRowsAsync()
    {
        var tables = await factory.QueryAsync(db => Task.FromResult(new[]
            {
                typeof(FeedbackLetter), typeof(DisclosureApplication), typeof(DisclosureDocument), typeof(ThirdPartyConsultation),
                typeof(SurveyResponse), typeof(SurveyAnswer), typeof(AuditRecord), typeof(Attachment), typeof(AttachmentBlob),
            }.Select(t => db.Model.FindEntityType(t)!.GetTableName()!).ToList()));
        await using var conn = new NpgsqlConnection(factory.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\"")), conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    [Fact]
    public async Task Nul_or_invalid_utf8_in_any_public_form_answers_400_and_stores_nothing()
    {
        await OpenSurveyAsync();
        var client = factory.CreateAnonymousClient();
        var forms = await CrawlFormsAsync(client);
        var failures = new List<string>();
        foreach (var form in forms)
        {
            var text = form.Fields.Where(f => f.Kind is "text" or "search" or "email" or "tel" or "textarea" or "date" or "number").Select(f => f.Name).ToList();
            var name = text.FirstOrDefault() ?? form.Fields.First(f => f.Name != "__RequestVerificationToken").Name;
            var before = await CountRowsAsync();
            if (form.Method == "get")
            {
                foreach (var bad in new[] { "a%00b", "%C3%28", "%FF%FE" })
                {
                    var response = await client.GetAsync($"{form.Action}?{Uri.EscapeDataString(name)}={bad}");
                    if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"GET {form.Action} {name}={bad} -> {(int)response.StatusCode}");
                }
                continue;
            }

            var page = await client.GetDocumentAsync(form.Page);
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
            var valid = form.Fields.Where(f => f.Name != "__RequestVerificationToken")
                .Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value ?? "测试")}");
            var prefix = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&{string.Join('&', valid)}";

            var nul = new StringContent($"{prefix}&{Uri.EscapeDataString(name)}=a%00b", Encoding.ASCII, "application/x-www-form-urlencoded");
            var badUtf8 = new ByteArrayContent([.. Encoding.ASCII.GetBytes($"{prefix}&{Uri.EscapeDataString(name)}="), 0xC3, 0x28, 0xFF]);
            badUtf8.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            foreach (var f in form.Fields.Where(f => f.Name != "__RequestVerificationToken" && f.Name != name)) multipart.Add(new StringContent(f.Value ?? "测试"), f.Name);
            multipart.Add(new StringContent("evil\0value"), name);
            var multipartBytes = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            multipartBytes.Add(new ByteArrayContent([0x61, 0xC3, 0x28, 0xFF, 0x62]), name);

            foreach (var (kind, content) in new (string, HttpContent)[] { ("urlencoded NUL", nul), ("urlencoded invalid UTF-8", badUtf8), ("multipart NUL", multipart), ("multipart invalid UTF-8", multipartBytes) })
            {
                var response = await client.PostAsync(form.Action, content);
                if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"POST {form.Action} {kind} in {name} -> {(int)response.StatusCode}");
            }
            var after = await CountRowsAsync();
            if (!after.SequenceEqual(before)) failures.Add($"POST {form.Action}: rows stored from a refused request");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Valid_unusual_text_is_stored_exactly_as_typed_and_shown_encoded()
    {
        var citizen = factory.CreateAnonymousClient();

        var code = await citizen.SubmitLetterAsync(Steps.Letter(Unusual, body: Unusual + "\n第二行", name: "😀 עברית"));
        var letter = await factory.LetterAsync(code);
        Assert.Equal(Unusual, letter.Subject);
        Assert.Equal(Unusual + "\n第二行", letter.Body.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("😀 עברית", letter.Name);
        var status = await citizen.SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code });
        var html = await status.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('og')</script>", html);
        Assert.Contains(Unusual, (await Html.ParseAsync(html)).Body!.TextContent);

        var application = await citizen.ApplyAsync("person", Steps.PersonApplication(Unusual));
        Assert.Equal(Unusual, (await factory.ApplicationAsync(application)).Description);
        var found = await citizen.SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = application });
        html = await found.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('og')</script>", html);
        Assert.Contains(Unusual, (await Html.ParseAsync(html)).Body!.TextContent);

        var (surveyId, freeText) = await OpenSurveyAsync();
        var responder = factory.CreateAnonymousClient();
        var answered = await responder.SubmitAsync($"/surveys/{surveyId}", new Dictionary<string, string> { [$"q{freeText}"] = Unusual });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.SurveyAnswers.CountAsync(a => a.QuestionId == freeText && a.Text == Unusual)));
    }

    /// <summary>An open survey with one optional free-text question, built and published through the back office; returns its id and the question's.</summary>
    async Task<(int PublicationId, int FreeTextQuestion)> OpenSurveyAsync()
    {
        const string title = "恶意输入测试问卷";
        var existing = await factory.QueryAsync(db => db.Publications.Where(p => p.Title == title && p.LiveEditionId != null).Select(p => p.Id).FirstOrDefaultAsync());
        if (existing == 0)
        {
            var author = factory.CreateClientAs("author");
            var today = Portal.Infrastructure.Cst.Today(factory.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var until = Portal.Infrastructure.Cst.Today(factory.Clock).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var created = await author.SubmitAsync("/admin/surveys/new", new Dictionary<string, string>
            {
                ["Title"] = title, ["Intro"] = "用于恶意输入测试。", ["OpensOn"] = today, ["ClosesOn"] = until,
            });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var edit = created.Headers.Location!.OriginalString;
            var editionId = int.Parse(edit.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(edit, "question-form", new()
            {
                ["Question.Text"] = "其他意见", ["Question.Type"] = "FreeText", ["Question.Options"] = "",
            })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(edit, "submit-form", [])).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientAs("reviewer").ReviewAsync(editionId, "Pass")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientAs("leader").SignOffAsync(editionId, "PublishNow")).StatusCode);
            existing = await factory.QueryAsync(db => db.Publications.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        }
        var question = await factory.QueryAsync(db => db.SurveyQuestions
            .Where(q => q.Text == "其他意见" && db.Publications.Where(p => p.Id == existing).Select(p => p.LiveEditionId).First() == q.SurveyEditionId)
            .Select(q => q.Id).SingleAsync());
        return (existing, question);
    }

    [Theory]
    [InlineData("/api/v1/items?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/api/v1/items?q=%27%3B%20DROP%20TABLE%20publications%3B--")]
    [InlineData("/api/v1/items?q=%F0%9F%98%80%E2%80%AE%D7%A2%D7%91")]
    [InlineData("/api/v1/items?limit=-1")]
    [InlineData("/api/v1/items?limit=99999999999999999999999")]
    [InlineData("/api/v1/items?limit=1e309&limit=2")]
    [InlineData("/api/v1/items?year=-2147483649")]
    [InlineData("/api/v1/items?year=2012-13-45")]
    [InlineData("/api/v1/items?cursor=%3Cscript%3E")]
    [InlineData("/api/v1/items?cursor=99999999999999999999999.99999999999999999999")]
    [InlineData("/api/v1/items?column=%27%20OR%20%271%27%3D%271&column=news")]
    [InlineData("/api/v1/items?department=&topic=&validity=NaN")]
    [InlineData("/api/v1/items/2147483648")]
    [InlineData("/api/v1/items/-1")]
    [InlineData("/api/v1/budgets/99999/%3Cscript%3E")]
    [InlineData("/api/v1/budgets/-1/budget")]
    [InlineData("/api/v1/%3Cscript%3E")]
    [InlineData("/api/feedback?page=-1")]
    public async Task The_api_never_answers_5xx_or_reflects_markup(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} -> {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/items?q=a%00b")]
    [InlineData("/api/v1/items?q=%C3%28")]
    [InlineData("/api/v1/items?column=%FF")]
    [InlineData("/search?q=%00")]
    public async Task Nul_or_invalid_utf8_in_an_api_or_search_query_answers_400(string url) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateAnonymousClient().GetAsync(url)).StatusCode);

    [Fact]
    public async Task A_megabyte_search_query_is_refused_or_answered_never_5xx()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/search?q=" + new string('x', 1_000_000));
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        var api = await factory.CreateAnonymousClient().GetAsync("/api/v1/items?q=" + new string('专', 300_000));
        Assert.True((int)api.StatusCode < 500, $"{(int)api.StatusCode}");
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
        // The participation pages first, so the page budget below always reaches every citizen form.
        var queue = new Queue<string>(["/", "/hudong", "/feedback/new", "/feedback/query", "/ysqgk", "/ysqgk/apply/person", "/ysqgk/apply/organisation",
            "/ysqgk/query", "/surveys", "/search"]);
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

    static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, FoundForm form, string? payload, bool duplicate, bool everywhere)
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
                    "hidden" or "checkbox" or "radio" or "select" => everywhere ? payload : value ?? payload,
                    "submit" => value ?? payload,
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
