namespace OpenGov.Portal.Domain.Participation;

/// <summary>The calendar date in China Standard Time (UTC+8) of a stored UTC instant: deadlines count Chinese working days.</summary>
public static class ChinaDate
{
    static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
