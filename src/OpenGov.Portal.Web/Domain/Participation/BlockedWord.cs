namespace OpenGov.Portal.Domain.Participation;

/// <summary>A word that sends a letter to manual review (never rejects it). Maintained by the Administrator.</summary>
public sealed class BlockedWord
{
    public const int WordMax = 50;

    public int Id { get; set; }
    public required string Word { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedByName { get; set; }

    /// <summary>The blocked words that occur in <paramref name="texts"/>, ignoring case and white space.</summary>
    public static IReadOnlyList<string> FoundIn(IEnumerable<string> words, params string?[] texts)
    {
        var haystack = Squash(string.Concat(texts.Where(t => t is not null)));
        return words.Where(w => Squash(w).Length > 0 && haystack.Contains(Squash(w), StringComparison.OrdinalIgnoreCase))
            .Distinct().ToList();
    }

    static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
