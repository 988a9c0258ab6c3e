using System.Text;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>
/// Estimates text width without a font: CJK and other wide characters take one em, Latin letters and
/// digits about 0.6 em. Estimates err wide so text stays inside its box whatever font the reader has.
/// </summary>
public static class TextMetrics
{
    const string Hanging = ",。、;:?!)》」』】〕,.;:?!)]…";

    public static double Em(Rune r) => r.Value switch
    {
        ' ' => 0.3,
        >= 'A' and <= 'Z' => r.Value is 'M' or 'W' ? 0.85 : 0.68,
        >= 'a' and <= 'z' => r.Value is 'm' or 'w' ? 0.85 : 0.58,
        >= '0' and <= '9' => 0.58,
        < 0x80 => 0.4,
        < 0x1100 => 0.62,
        _ => 1.0,
    };

    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var r in text.EnumerateRunes()) em += Em(r);
        return em * fontSize;
    }

    static bool IsWide(Rune r) => r.Value >= 0x1100;

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="maxWidth"/>: between any two wide
    /// characters, at spaces between words, inside a word only when it alone is too long. Closing
    /// punctuation never starts a line (it hangs at the end of the previous one).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, double maxWidth, double fontSize)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0) return [];
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var pendingSpace = false;

        foreach (var token in Tokens(clean))
        {
            if (token == " ") { pendingSpace = line.Length > 0; continue; }
            var space = pendingSpace ? Width(" ", fontSize) : 0;
            var w = Width(token, fontSize);
            var hangs = token.Length == 1 && Hanging.Contains(token[0], StringComparison.Ordinal);
            if (line.Length == 0 || lineWidth + space + w <= maxWidth || hangs)
            {
                if (line.Length > 0 && pendingSpace) line.Append(' ');
                line.Append(token);
                lineWidth += space + w;
            }
            else
            {
                lines.Add(line.ToString());
                line.Clear().Append(token);
                lineWidth = w;
            }
            pendingSpace = false;
            // A single word wider than the line is cut where it overflows.
            while (lineWidth > maxWidth && !hangs && line.Length > 1)
            {
                var (head, tail) = Cut(line.ToString(), maxWidth, fontSize);
                if (tail.Length == 0) break;
                lines.Add(head);
                line.Clear().Append(tail);
                lineWidth = Width(tail, fontSize);
            }
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// Like <see cref="Wrap"/>, but with the narrowest width that still needs no more lines, so the
    /// lines come out even ("公示期内是 / 否有异议" rather than "公示期内是否有异 / 议").
    /// </summary>
    public static IReadOnlyList<string> WrapBalanced(string? text, double maxWidth, double fontSize)
    {
        var lines = Wrap(text, maxWidth, fontSize);
        if (lines.Count < 2) return lines;
        var (lo, hi) = (maxWidth / lines.Count, maxWidth);
        for (var i = 0; i < 12; i++)
        {
            var mid = (lo + hi) / 2;
            if (Wrap(text, mid, fontSize).Count <= lines.Count) hi = mid; else lo = mid;
        }
        return Wrap(text, hi, fontSize);
    }

    static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var r in text.EnumerateRunes())
        {
            if (r.Value == ' ' || IsWide(r))
            {
                if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
                yield return r.ToString();
            }
            else word.Append(r.ToString());
        }
        if (word.Length > 0) yield return word.ToString();
    }

    static (string Head, string Tail) Cut(string text, double maxWidth, double fontSize)
    {
        var head = new StringBuilder();
        var width = 0.0;
        var consumed = 0;
        foreach (var r in text.EnumerateRunes())
        {
            var w = Em(r) * fontSize;
            if (head.Length > 0 && width + w > maxWidth) break;
            head.Append(r.ToString());
            width += w;
            consumed += r.Utf16SequenceLength;
        }
        return (head.ToString(), text[consumed..]);
    }
}
