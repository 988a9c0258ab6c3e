using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.Data.Search;

/// <summary>
/// The search row's vector and text as the database computes them (view <c>publication_search_source</c> and the
/// functions og_search_normalize, og_html_text, og_search_terms and og_search_vector in the
/// PublicSearchAndCatalogue migration), in C#, for bulk loads that fill <c>publication_search</c> with COPY
/// instead of computing each row in SQL. <c>SearchRowTextTests</c> checks it against the database.
/// </summary>
public static partial class SearchRowText
{
    /// <summary>Highest lexeme position in a tsvector (PostgreSQL's LIMITPOS).</summary>
    const int MaxPosition = 16383;

    /// <summary>PostgreSQL's MAXNUMPOS: to_tsvector keeps 255 positions per lexeme, || up to 256.</summary>
    const int MaxPositions = 256;

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>og_html_text: tags become spaces and the common entities are decoded, in the same order.</summary>
    public static string HtmlText(string html) => Tag().Replace(html, " ")
        .Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal)
        .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal)
        .Replace("&#39;", "'", StringComparison.Ordinal).Replace("&#x27;", "'", StringComparison.Ordinal)
        .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>og_search_terms: ideograph runs as overlapping bigrams (a lone ideograph as itself), letter/digit runs as words.</summary>
    public static IEnumerable<string> Terms(string? text)
    {
        foreach (Match m in SearchTerms.Token().Matches(Normalize(text ?? "")))
        {
            var token = m.Value;
            if (!SearchTerms.IsIdeograph(token[0]) || token.Length == 1) yield return token;
            else for (var i = 0; i + 1 < token.Length; i++) yield return token.Substring(i, 2);
        }
    }

    /// <summary>
    /// The row's vector as a tsvector literal: setweight(og_search_vector(title, 文号, 索引号), 'A') ||
    /// setweight(og_search_vector(summary), 'B') || setweight(og_search_vector(body text), 'D').
    /// </summary>
    public static string Vector(string title, string? documentNumber, string? indexNumber, string? summary, string bodyHtml)
    {
        var lexemes = new Dictionary<string, List<(int Position, char Weight)>>(StringComparer.Ordinal);
        var offset = 0;
        offset = Append(lexemes, Terms(JoinNonNull(" ", title, documentNumber, indexNumber)), 'A', offset);
        offset = Append(lexemes, Terms(summary), 'B', offset);
        Append(lexemes, Terms(HtmlText(bodyHtml)), 'D', offset);

        var sb = new StringBuilder();
        foreach (var (lexeme, positions) in lexemes)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('\'').Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append("':");
            for (var i = 0; i < positions.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(positions[i].Position.ToString(CultureInfo.InvariantCulture));
                if (positions[i].Weight != 'D') sb.Append(positions[i].Weight);
            }
        }
        return sb.ToString();
    }

    /// <summary>One part's to_tsvector, weighted and shifted past the parts before it (tsvector ||); returns the new highest position.</summary>
    static int Append(Dictionary<string, List<(int Position, char Weight)>> lexemes, IEnumerable<string> terms, char weight, int offset)
    {
        var part = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var term in terms)
        {
            position++;
            var p = Math.Min(position, MaxPosition);
            if (!part.TryGetValue(term, out var list)) part[term] = list = [];
            if ((list.Count == 0 || list[^1] != p) && list.Count < MaxPositions - 1) list.Add(p); // to_tsvector keeps 255
        }
        var highest = offset;
        foreach (var (term, positions) in part)
        {
            if (!lexemes.TryGetValue(term, out var merged)) lexemes[term] = merged = [];
            foreach (var p in positions)
            {
                var shifted = Math.Min(p + offset, MaxPosition);
                if (merged.Count >= MaxPositions || (merged.Count > 0 && merged[^1].Position == shifted)) break;
                merged.Add((shifted, weight));
                highest = Math.Max(highest, shifted);
            }
        }
        return highest;
    }

    /// <summary>The normalized text kept for exact-substring checks: title, numbers, summary and body text, one per line.</summary>
    public static string Content(string title, string? documentNumber, string? indexNumber, string? summary, string bodyHtml)
    {
        var text = Normalize(JoinNonNull("\n", title, documentNumber, indexNumber, summary, HtmlText(bodyHtml)));
        return text.Length <= SearchDocument.ContentMax ? text : text[..SearchDocument.ContentMax];
    }

    /// <summary>concat_ws: the non-null values joined by the separator.</summary>
    static string JoinNonNull(string separator, params string?[] values) => string.Join(separator, values.Where(v => v is not null));

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
