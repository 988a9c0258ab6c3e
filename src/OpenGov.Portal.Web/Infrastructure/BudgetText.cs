using System.Net;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.Infrastructure;

/// <summary>情况说明 is entered as plain text (paragraphs separated by blank lines) and stored as simple HTML paragraphs.</summary>
public static partial class BudgetText
{
    public const int MaxLength = 20_000;

    public static string ToHtml(string? text) => string.Concat(
        (text ?? "").Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    public static string PlainText(string? html) =>
        WebUtility.HtmlDecode(Tags().Replace((html ?? "").Replace("</p>", "\n"), "")).Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
