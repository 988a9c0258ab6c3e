using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Posts a page's form the way a browser does: every field with its current value (hidden Version,
/// selected options, textareas, checked boxes), then the fields the test changes.
/// </summary>
public static class BrowserForms
{
    public sealed record Upload(string FieldName, string FileName, byte[] Content);

    public static async Task<HttpResponseMessage> FillAndSubmitAsync(this HttpClient client, string pageUrl,
        IDictionary<string, string>? changes = null, string formSelector = "main form", Upload? file = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = CurrentValues(form);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        if (file is null) return await client.PostAsync(target, new FormUrlEncodedContent(values));

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in values) multipart.Add(new StringContent(value), name);
        var bytes = new ByteArrayContent(file.Content);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(bytes, file.FieldName, file.FileName);
        return await client.PostAsync(target, multipart);
    }

    public static List<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked")) values.Add(new(name, input.GetAttribute("value") ?? "on"));
                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.GetAttribute("value") ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.TextContent));
                    break;
                case IHtmlSelectElement select:
                    var option = select.QuerySelectorAll("option").FirstOrDefault(o => o.HasAttribute("selected")) ?? select.QuerySelector("option");
                    if (option is not null) values.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                    break;
            }
        }
        return values;
    }

    /// <summary>The text of a field's error message (span id "{field}-error").</summary>
    public static string FieldError(this IDocument page, string field) => page.QuerySelector($"#{field}-error")?.TextContent.Trim() ?? "";
}
