using System.Net;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.Infrastructure;

/// <summary>The text a reader sees in a stored (already sanitized) body: one line per block, entities decoded.</summary>
public static partial class PlainText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var text = CellEnd().Replace(html, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<br\s*/?>|</(p|li|tr|h[1-6]|blockquote|caption|table|ul|ol|div)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
