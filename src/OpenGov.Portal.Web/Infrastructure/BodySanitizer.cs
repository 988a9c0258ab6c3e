using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Cleans an edition body before it is stored. Keeps the structure a document pasted from Word needs
/// (paragraphs, emphasis, lists, tables with merged cells, headings, links, web images) and drops
/// everything else: classes, inline styles and mso-* junk, Office XML, scripts, event handlers, forms.
/// Plain text (no tags at all) becomes paragraphs, so the textarea works without the editor script.
/// </summary>
/// <remarks>
/// Images: only http/https (or site-relative) sources are kept. data: URIs are dropped because a
/// pasted picture would bloat the body past its size limit and cannot be cached; Word's file:///
/// paths point at the author's own disk. Pictures belong in attachments.
/// </remarks>
public sealed partial class BodySanitizer
{
    static readonly string[] Tags =
    [
        "p", "br", "b", "strong", "i", "em", "u", "sub", "sup", "ul", "ol", "li", "blockquote",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "h2", "h3", "h4", "a", "img",
    ];

    // Removed with everything inside them; other disallowed tags (span, font, div, o:p…) are unwrapped.
    static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "xml", "head", "title", "meta", "link",
        "form", "input", "button", "select", "textarea", "svg", "math", "frame", "frameset", "applet",
    };

    readonly HtmlSanitizer sanitizer;

    public BodySanitizer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "src", "alt", "title", "colspan", "rowspan", "scope"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            // mailto: is for links only; an image is fetched by the reader's browser.
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                e.SanitizedUrl = null;
        };
        sanitizer.PostProcessDom += (_, e) =>
        {
            // An image whose source was refused would only show a broken frame.
            foreach (var img in e.Document.QuerySelectorAll("img:not([src])").ToList()) img.Remove();
        };
    }

    public string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var html = LooksLikeHtml(input) ? input : FromPlainText(input);
        html = OfficeConditional().Replace(html, "");
        var clean = sanitizer.Sanitize(html).Trim();
        return EmptyParagraphs().Replace(clean, "").Trim();
    }

    /// <summary>Whether the cleaned body has any text or picture a reader would see.</summary>
    public static bool HasContent(string cleanHtml) =>
        cleanHtml.Contains("<img", StringComparison.OrdinalIgnoreCase) || PlainText.FromHtml(cleanHtml).Length > 0;

    static bool LooksLikeHtml(string input) => HtmlTag().IsMatch(input);

    static string FromPlainText(string text)
    {
        var sb = new StringBuilder();
        foreach (var para in BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(para)) continue;
            var lines = para.Trim().Split('\n').Select(l => WebUtility.HtmlEncode(l.Trim()));
            sb.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9:-]*(\s[^>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    // Word wraps its Office-only markup in conditional comments: <!--[if gte mso 9]>…<![endif]-->.
    [GeneratedRegex(@"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeConditional();

    [GeneratedRegex(@"<p>(\s|&nbsp;|\u00a0|<br>)*</p>")]
    private static partial Regex EmptyParagraphs();
}
