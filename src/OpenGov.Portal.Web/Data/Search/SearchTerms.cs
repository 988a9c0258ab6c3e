using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.Data.Search;

public enum SearchProblem
{
    None,
    /// <summary>Nothing typed (or only spaces).</summary>
    Empty,
    /// <summary>Longer than <see cref="SearchTerms.MaxLength"/>.</summary>
    TooLong,
    /// <summary>Only symbols: no ideograph, letter or digit.</summary>
    NoTerms,
    /// <summary>Only single ideographs, which the bigram index cannot look up on their own.</summary>
    TooShort,
}

/// <summary>
/// A search box entry split the way the database splits documents (og_search_terms): NFKC, lower case,
/// runs of CJK ideographs and runs of Latin letters/digits. Runs of two or more ideographs and words go to
/// the GIN-indexed bigram query; runs of one or of three and more ideographs are also checked as exact
/// substrings, so 专利局 does not match a text that has 专利 and 利局 apart.
/// </summary>
public sealed partial record SearchTerms(string Text, string IndexText, IReadOnlyList<string> Substrings,
    IReadOnlyList<string> Highlights, SearchProblem Problem)
{
    public const int MaxLength = 50;
    const int MaxTokens = 12;

    public bool IsSearchable => Problem == SearchProblem.None;

    public static SearchTerms Parse(string? raw)
    {
        var text = Clean(raw);
        if (text.Length == 0) return Refused("", SearchProblem.Empty);
        if (text.Length > MaxLength) return Refused(text[..MaxLength], SearchProblem.TooLong);

        string normalized;
        try { normalized = SearchRowText.Normalize(text); }
        catch (ArgumentException) { return Refused(text, SearchProblem.NoTerms); }

        var tokens = Token().Matches(normalized).Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(MaxTokens).ToList();
        if (tokens.Count == 0) return Refused(text, SearchProblem.NoTerms);

        var indexed = tokens.Where(t => !IsIdeographic(t) || t.Length >= 2).ToList();
        if (indexed.Count == 0) return Refused(text, SearchProblem.TooShort);
        var substrings = tokens.Where(t => IsIdeographic(t) && t.Length != 2).ToList();
        var highlights = tokens.OrderByDescending(t => t.Length).ToList();
        return new SearchTerms(text, string.Join(' ', indexed), substrings, highlights, SearchProblem.None);
    }

    static SearchTerms Refused(string text, SearchProblem problem) => new(text, "", [], [], problem);

    /// <summary>Drops NUL and other control or format characters and unpaired surrogates; collapses white space.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        var limit = Math.Min(raw.Length, MaxLength * 4);
        var sb = new StringBuilder(limit);
        for (var i = 0; i < raw.Length && sb.Length <= MaxLength + 1; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1])) { sb.Append(c).Append(raw[++i]); }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    public static bool IsIdeographic(string token) => token.Length > 0 && IsIdeograph(token[0]);

    public static bool IsIdeograph(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Runs of ideographs or of Latin letters/digits: the same classes as og_search_terms in the PublicSearchAndCatalogue migration.</summary>
    [GeneratedRegex(@"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+|[a-z0-9]+", RegexOptions.CultureInvariant)]
    internal static partial Regex Token();
}
