using OpenGov.Portal.Domain.Participation;
using static OpenGov.Portal.UnitTests.Participation.Calendars;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class DisclosureDeadlineTests
{
    [Fact]
    public void Twenty_working_days_from_receipt_not_counting_the_receipt_day()
    {
        var calc = DisclosureDeadline.Calculate(WorkingDayCalculator.WeekdaysOnly, new DeadlineFacts(D("2026-01-09")));
        Assert.Equal(DeadlineState.Running, calc.State);
        Assert.Equal(D("2026-02-06"), calc.DueOn);
        Assert.Contains(calc.Steps, s => s.Detail.Contains("第三十三条", StringComparison.Ordinal));
    }

    [Fact]
    public void Receipt_on_a_Saturday_counts_from_the_Monday()
    {
        var calc = DisclosureDeadline.Calculate(WorkingDayCalculator.WeekdaysOnly, new DeadlineFacts(D("2026-01-10")));
        Assert.Equal(D("2026-01-12"), calc.ClockStartsOn);
        Assert.Equal(D("2026-02-09"), calc.DueOn);
    }

    [Fact]
    public void Receipt_on_a_holiday_counts_from_the_next_working_day()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-10-01")));
        Assert.Equal(D("2012-10-08"), calc.ClockStartsOn);
        Assert.Equal(D("2012-11-05"), calc.DueOn);
        Assert.Contains("中秋节、国庆节", calc.Steps[0].Detail, StringComparison.Ordinal);
        Assert.Contains("2012-10-08", calc.Steps[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_on_a_make_up_Saturday_is_a_working_day()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-09-29")));
        Assert.Equal(D("2012-09-29"), calc.ClockStartsOn);
        Assert.Equal(D("2012-11-02"), calc.DueOn);
    }

    [Fact]
    public void An_extension_across_the_National_Day_holiday_skips_it()
    {
        var plain = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-09-03")));
        Assert.Equal(D("2012-09-29"), plain.DueOn);

        var extended = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-09-03"), ExtensionWorkingDays: 20,
            ExtensionApprovedBy: "刘强", ExtensionReason: "需要调取档案"));
        Assert.Equal(D("2012-11-02"), extended.DueOn);
        Assert.Contains(extended.Steps, s => s.Label == "延长期限" && s.Detail.Contains("刘强", StringComparison.Ordinal) && s.Detail.Contains("20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correction_stops_the_clock_until_it_arrives()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-03-05"), CorrectionRequestedOn: D("2012-03-08"),
            CorrectionDueOn: D("2012-03-17")));
        Assert.Equal(DeadlineState.AwaitingCorrection, calc.State);
        Assert.Null(calc.DueOn);
        Assert.Equal(D("2012-03-17"), calc.CorrectionDueOn);
        Assert.Equal(DeadlineFlag.None, calc.FlagOn(D("2012-12-31"), Year2012, 3));
    }

    [Fact]
    public void After_a_correction_the_deadline_counts_afresh_from_its_receipt()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-03-05"), CorrectionRequestedOn: D("2012-03-08"),
            CorrectionDueOn: D("2012-03-17"), CorrectionReceivedOn: D("2012-03-12")));
        Assert.Equal(DeadlineState.Running, calc.State);
        Assert.Equal(D("2012-03-12"), calc.ClockStartsOn);
        // 13–30 March (14), make-up 31 March and 1 April (16), 清明 2–4 April off, 5, 6, 9, 10 April (20).
        Assert.Equal(D("2012-04-10"), calc.DueOn);
        Assert.Contains(calc.Steps, s => s.Label == "补正" && s.Detail.Contains("第三十条", StringComparison.Ordinal));
    }

    [Fact]
    public void A_third_party_consultation_is_not_counted()
    {
        var without = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-05-14")));
        Assert.Equal(D("2012-06-11"), without.DueOn);

        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-05-14"),
            Consultations: [new ConsultationPeriod("某公司", D("2012-05-16"), D("2012-05-25"))]));
        Assert.Equal(7, calc.PausedWorkingDays);
        Assert.Equal(D("2012-06-20"), calc.DueOn);
        Assert.Contains(calc.Steps, s => s.Label == "征求第三方意见" && s.Detail.Contains("7 个", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unanswered_consultation_pauses_the_deadline()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-05-14"),
            Consultations: [new ConsultationPeriod("某公司", D("2012-05-16"), null)]));
        Assert.Equal(DeadlineState.PausedForConsultation, calc.State);
        Assert.Null(calc.DueOn);
    }

    [Fact]
    public void Correction_restart_and_consultation_and_extension_combine()
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-09-28"), D("2012-10-09"), D("2012-10-18"), D("2012-10-12"),
            10, "刘强", "涉及多个专家", [new ConsultationPeriod("专家", D("2012-10-15"), D("2012-10-19"))]));
        // From 10-12: 20 + 10 working days, 4 of them (16–19 October) inside the consultation.
        Assert.Equal(Year2012.AddWorkingDays(D("2012-10-12"), 34), calc.DueOn);
        Assert.Equal(4, calc.PausedWorkingDays);
    }

    [Theory]
    [InlineData("2012-10-30", DeadlineFlag.None)]
    [InlineData("2012-10-31", DeadlineFlag.DueSoon)]
    [InlineData("2012-11-05", DeadlineFlag.DueSoon)]
    [InlineData("2012-11-06", DeadlineFlag.Overdue)]
    public void Flags_due_soon_within_three_working_days_and_overdue_after_the_due_day(string today, DeadlineFlag expected)
    {
        var calc = DisclosureDeadline.Calculate(Year2012, new DeadlineFacts(D("2012-10-01")));
        Assert.Equal(expected, calc.FlagOn(D(today), Year2012, 3));
    }

    [Fact]
    public void The_correction_notice_is_due_within_seven_working_days() =>
        Assert.Equal(D("2012-10-15"), DisclosureDeadline.LastDayForCorrectionNotice(Year2012, D("2012-09-28")));
}
