using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.Data.Search;

/// <summary>
/// Result snippets: the body's plain text around the first hit, HTML-encoded, with every hit wrapped in
/// &lt;mark&gt;. The output is safe to write raw: only the mark tags are markup.
/// </summary>
public static partial class Highlighter
{
    public const int SnippetLength = 140;
    const int Lead = 30;

    /// <summary>Plain text of sanitized body HTML: tags become spaces, entities are decoded, white space collapsed.</summary>
    public static string TextOf(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Space().Replace(text, " ").Trim();
    }

    /// <summary>The whole of <paramref name="text"/> (a title, say) with hits marked.</summary>
    public static string Mark(string text, IReadOnlyList<string> terms) => MarkRange(text, 0, text.Length, terms);

    /// <summary>About <see cref="SnippetLength"/> characters of <paramref name="text"/> around its first hit, hits marked.</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int length = SnippetLength)
    {
        if (text.Length == 0) return "";
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Lead);
        var end = Math.Min(text.Length, start + length);
        if (end - start < length) start = Math.Max(0, end - length);
        if (start > 0 && char.IsLowSurrogate(text[start])) start++;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        sb.Append(MarkRange(text, start, end, terms));
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    static string MarkRange(string text, int start, int end, IReadOnlyList<string> terms)
    {
        var sb = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var (at, length) = NextHit(text, i, end, terms);
            if (at < 0)
            {
                sb.Append(WebUtility.HtmlEncode(text[i..end]));
                break;
            }
            sb.Append(WebUtility.HtmlEncode(text[i..at])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(at, length))).Append("</mark>");
            i = at + length;
        }
        return sb.ToString();
    }

    static (int At, int Length) NextHit(string text, int from, int end, IReadOnlyList<string> terms)
    {
        var best = (At: -1, Length: 0);
        foreach (var term in terms)
        {
            if (term.Length == 0 || term.Length > end - from) continue;
            var at = text.IndexOf(term, from, end - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            if (best.At < 0 || at < best.At || (at == best.At && term.Length > best.Length)) best = (at, term.Length);
        }
        return best;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
