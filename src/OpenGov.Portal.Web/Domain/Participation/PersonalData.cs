namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Masks personal data for back-office lists (张*, 138****5678, 2301**********1234). Full values are shown
/// only on a detail page to staff who handle the case, and that view is audited.
/// </summary>
public static class PersonalData
{
    public static string MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var trimmed = name.Trim();
        var first = char.IsSurrogate(trimmed[0]) && trimmed.Length > 1 ? trimmed[..2] : trimmed[..1];
        return first + new string('*', Math.Max(1, Math.Min(3, trimmed.Length - first.Length)));
    }

    /// <summary>Keeps the first three and last four characters: 138****5678.</summary>
    public static string MaskPhone(string? phone) => KeepEnds(phone, 3, 4);

    /// <summary>Keeps the first four and last four characters: 2301**********1234.</summary>
    public static string MaskIdNumber(string? id) => KeepEnds(id, 4, 4);

    public static string MaskEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return "";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0) return KeepEnds(email, 1, 0);
        return email[..1] + "***" + email[at..];
    }

    /// <summary>Keeps the first six characters (province and city, usually): 黑龙江省哈尔滨****.</summary>
    public static string MaskAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "";
        var trimmed = address.Trim();
        return trimmed.Length <= 6 ? trimmed[..Math.Min(2, trimmed.Length)] + "****" : trimmed[..6] + "****";
    }

    static string KeepEnds(string? value, int head, int tail)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var v = value.Trim();
        if (v.Length <= head + tail)
        {
            // Too short to keep both ends: show at most the last two characters.
            var keep = Math.Min(2, v.Length / 2);
            return new string('*', v.Length - keep) + v[^keep..];
        }
        return v[..head] + new string('*', v.Length - head - tail) + v[^tail..];
    }
}
