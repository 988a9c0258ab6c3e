using OpenGov.Portal.Domain.Participation;
using static OpenGov.Portal.UnitTests.Participation.Calendars;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class WorkingDayCalculatorTests
{
    [Theory]
    [InlineData("2026-01-09", true)]   // Friday
    [InlineData("2026-01-10", false)]  // Saturday
    [InlineData("2026-01-11", false)]  // Sunday
    [InlineData("2026-01-12", true)]   // Monday
    public void Weekends_are_not_working_days(string date, bool working) =>
        Assert.Equal(working, WorkingDayCalculator.WeekdaysOnly.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2012-10-01", false)]  // Monday in 国庆 holiday
    [InlineData("2012-10-05", false)]  // Friday in 国庆 holiday
    [InlineData("2012-09-29", true)]   // Saturday 调休 make-up workday
    [InlineData("2012-04-01", true)]   // Sunday 调休 make-up workday
    [InlineData("2012-06-22", false)]  // Friday 端午节
    [InlineData("2012-10-08", true)]   // first Monday after the holiday
    public void Holidays_and_make_up_days_override_the_week(string date, bool working) =>
        Assert.Equal(working, Year2012.IsWorkingDay(D(date)));

    [Fact]
    public void Twenty_working_days_from_a_Friday_skip_four_weekends() =>
        Assert.Equal(D("2026-02-06"), WorkingDayCalculator.WeekdaysOnly.AddWorkingDays(D("2026-01-09"), 20));

    [Fact]
    public void Counting_skips_a_holiday_and_uses_a_make_up_Saturday()
    {
        // 2012-09-28 (Fri): 09-29 make-up Saturday is day 1, 09-30..10-07 are off, 10-08 is day 2.
        Assert.Equal(D("2012-09-29"), Year2012.AddWorkingDays(D("2012-09-28"), 1));
        Assert.Equal(D("2012-10-08"), Year2012.AddWorkingDays(D("2012-09-28"), 2));
    }

    [Fact]
    public void A_non_working_day_moves_to_the_next_working_day()
    {
        Assert.Equal(D("2012-10-08"), Year2012.OnOrNextWorkingDay(D("2012-10-01")));
        Assert.Equal(D("2012-09-29"), Year2012.OnOrNextWorkingDay(D("2012-09-29")));
        Assert.Equal(D("2026-01-12"), WorkingDayCalculator.WeekdaysOnly.OnOrNextWorkingDay(D("2026-01-10")));
    }

    [Fact]
    public void Working_days_between_count_the_end_but_not_the_start()
    {
        Assert.Equal(3, Year2012.WorkingDaysBetween(D("2012-10-31"), D("2012-11-05")));
        Assert.Equal(2, Year2012.WorkingDaysBetween(D("2012-09-28"), D("2012-10-08")));
        Assert.Equal(0, Year2012.WorkingDaysBetween(D("2012-10-01"), D("2012-10-07")));
        Assert.Equal(-3, Year2012.WorkingDaysBetween(D("2012-11-05"), D("2012-10-31")));
    }

    [Fact]
    public void Holiday_names_are_known() => Assert.Equal("中秋节、国庆节", Year2012.NameOf(D("2012-10-03")));
}
