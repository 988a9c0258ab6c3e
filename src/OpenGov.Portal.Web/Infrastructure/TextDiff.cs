using System.Text;

namespace OpenGov.Portal.Infrastructure;

public enum DiffKind
{
    Same,
    Deleted,
    Inserted,
}

public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// Word-level diff of two plain texts by longest common subsequence. Chinese has no spaces, so every
/// CJK character (and punctuation mark) is a token of its own; Latin words and numbers are one token.
/// Long texts that differ a lot fall back to whole lines, then to "all removed, all added".
/// </summary>
public static class TextDiff
{
    /// <summary>Largest LCS table computed (cells). The LCS length then fits in a ushort.</summary>
    public const int MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        var pieces = Diff(Tokens(before), Tokens(after), replaceWhenTooLarge: false)
            ?? Diff(Lines(before), Lines(after), replaceWhenTooLarge: true)!;
        return Merge(pieces);
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Same);

    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var rune = System.Text.Rune.GetRuneAt(text, i);
            var s = rune.ToString();
            i += rune.Utf16SequenceLength;
            if (rune.IsAscii && (System.Text.Rune.IsLetterOrDigit(rune) || rune.Value == '_'))
            {
                word.Append(s);
                continue;
            }
            Flush();
            if (System.Text.Rune.IsWhiteSpace(rune) && tokens.Count > 0 && tokens[^1].All(char.IsWhiteSpace)) tokens[^1] += s;
            else tokens.Add(s);
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length == 0) return;
            tokens.Add(word.ToString());
            word.Clear();
        }
    }

    static List<string> Lines(string text) =>
        text.Split('\n').Select((l, i) => i == 0 ? l : "\n" + l).Where(l => l.Length > 0).ToList();

    /// <summary>LCS diff of token lists; when the table would be too large, null or the whole middle replaced.</summary>
    static List<DiffPiece>? Diff(List<string> a, List<string> b, bool replaceWhenTooLarge)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var tooLarge = (long)(n + 1) * (m + 1) > MaxCells;
        if (tooLarge && !replaceWhenTooLarge) return null;

        var pieces = new List<DiffPiece>();
        if (prefix > 0) pieces.Add(new(DiffKind.Same, string.Concat(a.Take(prefix))));
        if (tooLarge)
        {
            pieces.Add(new(DiffKind.Deleted, string.Concat(a.Skip(prefix).Take(n))));
            pieces.Add(new(DiffKind.Inserted, string.Concat(b.Skip(prefix).Take(m))));
            if (suffix > 0) pieces.Add(new(DiffKind.Same, string.Concat(a.Skip(a.Count - suffix))));
            return pieces;
        }

        // table[i, j] = LCS length of a[prefix+i..] and b[prefix+j..] (middle parts only).
        var width = m + 1;
        var table = new ushort[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                table[i * width + j] = a[prefix + i] == b[prefix + j]
                    ? (ushort)(table[(i + 1) * width + j + 1] + 1)
                    : Math.Max(table[(i + 1) * width + j], table[i * width + j + 1]);

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y]) { pieces.Add(new(DiffKind.Same, a[prefix + x])); x++; y++; }
            else if (y == m || (x < n && table[(x + 1) * width + y] >= table[x * width + y + 1])) { pieces.Add(new(DiffKind.Deleted, a[prefix + x])); x++; }
            else { pieces.Add(new(DiffKind.Inserted, b[prefix + y])); y++; }
        }

        if (suffix > 0) pieces.Add(new(DiffKind.Same, string.Concat(a.Skip(a.Count - suffix))));
        return pieces;
    }

    static List<DiffPiece> Merge(List<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var p in pieces)
        {
            if (p.Text.Length == 0) continue;
            if (merged.Count > 0 && merged[^1].Kind == p.Kind) merged[^1] = merged[^1] with { Text = merged[^1].Text + p.Text };
            else merged.Add(p);
        }
        return merged;
    }
}
