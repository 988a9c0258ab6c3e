using System.Text.RegularExpressions;

namespace OpenGov.Portal.Models.Participation;

/// <summary>Format checks of Chinese identity numbers.</summary>
public static partial class IdNumbers
{
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const string CheckCodes = "10X98765432";

    /// <summary>An 18-character resident identity number with a correct GB 11643 check digit.</summary>
    public static bool IsResidentId(string? value)
    {
        if (value is null) return false;
        var v = value.Trim().ToUpperInvariant();
        if (!ResidentIdPattern().IsMatch(v)) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (v[i] - '0') * Weights[i];
        return v[17] == CheckCodes[sum % 11];
    }

    /// <summary>The check digit for 17 leading digits (tests and demo data build valid numbers with it).</summary>
    public static char CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCodes[sum % 11];
    }

    /// <summary>An 18-character unified social credit code (统一社会信用代码, GB 32100 character set).</summary>
    public static bool IsUnifiedCode(string? value) => value is not null && UnifiedCodePattern().IsMatch(value.Trim().ToUpperInvariant());

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex ResidentIdPattern();

    [GeneratedRegex(@"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex UnifiedCodePattern();
}
