using System.Security.Cryptography;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// The code a citizen uses to follow a letter or an application: 12 characters drawn uniformly by a
/// cryptographic generator from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits, so codes
/// cannot be guessed or enumerated. Shown in groups of four; input is accepted with or without dashes/spaces.
/// </summary>
public static class TrackingCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    /// <summary>Longest input worth looking at (the formatted code plus some stray spaces).</summary>
    public const int MaxInputLength = 30;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>Upper-cases and strips separators; false for anything that cannot be a code (never throws).</summary>
    public static bool TryNormalize(string? input, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength) return false;
        var chars = input.Where(c => c is not (' ' or '-' or '\u3000')).Select(char.ToUpperInvariant).ToArray();
        if (chars.Length != Length || chars.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))) return false;
        code = new string(chars);
        return true;
    }

    public static string Format(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;
}
