namespace OpenGov.Portal.Domain.Participation;

public enum DeadlineState
{
    Running,
    AwaitingCorrection,
    PausedForConsultation,
}

public enum DeadlineFlag
{
    None,
    DueSoon,
    Overdue,
}

/// <summary>A line of the explanation shown to the applicant and to staff.</summary>
public sealed record DeadlineStep(string Label, string Detail);

/// <summary>The answer deadline of an application and how it was reached. <see cref="DueOn"/> is null while the clock is stopped.</summary>
public sealed record DeadlineCalculation(
    DateOnly ReceivedOn,
    DateOnly ClockStartsOn,
    DeadlineState State,
    int StatutoryWorkingDays,
    int ExtensionWorkingDays,
    int PausedWorkingDays,
    DateOnly? DueOn,
    DateOnly? CorrectionDueOn,
    IReadOnlyList<DeadlineStep> Steps)
{
    /// <summary>Overdue after the due day; due soon when at most <paramref name="dueSoonWorkingDays"/> working days remain.</summary>
    public DeadlineFlag FlagOn(DateOnly today, WorkingDayCalculator calendar, int dueSoonWorkingDays)
    {
        if (DueOn is not { } due) return DeadlineFlag.None;
        if (today > due) return DeadlineFlag.Overdue;
        return calendar.WorkingDaysBetween(today, due) <= dueSoonWorkingDays ? DeadlineFlag.DueSoon : DeadlineFlag.None;
    }

    public int? WorkingDaysLeft(DateOnly today, WorkingDayCalculator calendar) =>
        DueOn is { } due ? calendar.WorkingDaysBetween(today, due) : null;
}
