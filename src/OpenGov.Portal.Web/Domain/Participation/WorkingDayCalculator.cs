namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Working days on the Administrator's calendar: Monday to Friday unless the date is a holiday, and a
/// Saturday or Sunday when it is a 调休 make-up workday. Pure: built from the calendar rows, no clock.
/// </summary>
public sealed class WorkingDayCalculator
{
    /// <summary>A walk longer than this means a broken calendar (or an absurd request), not a real deadline.</summary>
    const int MaxWalkDays = 3 * 366;

    readonly Dictionary<DateOnly, CalendarDay> days;

    public WorkingDayCalculator(IEnumerable<CalendarDay> calendar) =>
        days = calendar.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Last());

    public static WorkingDayCalculator WeekdaysOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly date)
    {
        if (days.TryGetValue(date, out var entry)) return entry.Kind == DayKind.MakeUpWorkday;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The calendar entry's name (e.g. 国庆节) or null for an ordinary day.</summary>
    public string? NameOf(DateOnly date) => days.TryGetValue(date, out var entry) ? entry.Name : null;

    /// <summary><paramref name="date"/> itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        for (var i = 0; i < MaxWalkDays; i++, date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) return date;
        }
        throw new InvalidOperationException("The calendar has no working day within three years.");
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="from"/> (the start day itself is not
    /// counted, as in 《民法典》第二百零一条). A count of 0 returns <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = from;
        for (var counted = 0; counted < count;)
        {
            date = date.AddDays(1);
            if (date.DayNumber - from.DayNumber > MaxWalkDays) throw new InvalidOperationException("The calendar has too few working days.");
            if (IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>Working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        if (to.DayNumber - from.DayNumber > MaxWalkDays * 10) throw new ArgumentOutOfRangeException(nameof(to), "Range too long.");
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d)) count++;
        }
        return count;
    }
}
