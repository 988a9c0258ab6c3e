namespace OpenGov.Portal.Domain.Publishing;

/// <summary>索引号: <c>{organisation code}/{year}-{5-digit sequence}</c>, assigned at first publication, never reused.</summary>
public static class IndexNumber
{
    public static string Format(string organisationCode, int year, long sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99999);
        return $"{organisationCode}/{year:D4}-{sequence:D5}";
    }
}
