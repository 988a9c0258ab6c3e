using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>A range of China dates (inclusive) and the UTC instants that bound it.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public DateTimeOffset Start => Cst.FromCstLocal(From.ToDateTime(TimeOnly.MinValue));

    /// <summary>Exclusive end: midnight CST after <see cref="To"/>.</summary>
    public DateTimeOffset End => Cst.FromCstLocal(To.AddDays(1).ToDateTime(TimeOnly.MinValue));
}
