using System.Globalization;

namespace OpenGov.Portal.Infrastructure;

/// <summary>China Standard Time (UTC+8, no daylight saving). Stored times are UTC; people see CST.</summary>
public static class Cst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToCst(DateTimeOffset utc) => utc.ToOffset(Offset);

    public static DateTimeOffset FromCstLocal(DateTime local) =>
        new DateTimeOffset(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset).ToUniversalTime();

    public static string Date(DateTimeOffset? utc) => utc is null ? "" : ToCst(utc.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? utc) => utc is null ? "" : ToCst(utc.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToCst(clock.GetUtcNow()).Date);
}
