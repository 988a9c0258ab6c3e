using System.Globalization;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.UnitTests.Participation;

/// <summary>The 2012 holiday arrangements (国办发明电〔2011〕39号) around the dates the tests use.</summary>
internal static class Calendars
{
    public static readonly WorkingDayCalculator Year2012 = new(Days(
        ("2012-03-31", "2012-04-01", DayKind.MakeUpWorkday, "清明节调休上班"),
        ("2012-04-02", "2012-04-04", DayKind.Holiday, "清明节"),
        ("2012-04-28", "2012-04-28", DayKind.MakeUpWorkday, "劳动节调休上班"),
        ("2012-04-29", "2012-05-01", DayKind.Holiday, "劳动节"),
        ("2012-06-22", "2012-06-24", DayKind.Holiday, "端午节"),
        ("2012-09-29", "2012-09-29", DayKind.MakeUpWorkday, "国庆节调休上班"),
        ("2012-09-30", "2012-10-07", DayKind.Holiday, "中秋节、国庆节")));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Noon China time on that date, as the stored UTC instant.</summary>
    public static DateTimeOffset At(string iso) => new DateTimeOffset(D(iso).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    static IEnumerable<CalendarDay> Days(params (string From, string To, DayKind Kind, string Name)[] ranges)
    {
        foreach (var (from, to, kind, name) in ranges)
            for (var d = D(from); d <= D(to); d = d.AddDays(1))
                yield return new CalendarDay { Date = d, Kind = kind, Name = name };
    }
}
