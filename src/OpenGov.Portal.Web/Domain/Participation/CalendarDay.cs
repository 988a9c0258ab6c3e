namespace OpenGov.Portal.Domain.Participation;

/// <summary>One date of the working-day calendar the Administrator maintains (public holidays and 调休 make-up workdays).</summary>
public sealed class CalendarDay
{
    public const int NameMax = 50;

    public DateOnly Date { get; set; }
    public DayKind Kind { get; set; }
    public required string Name { get; set; }
}
