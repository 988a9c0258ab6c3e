namespace OpenGov.Portal.Infrastructure;

/// <summary>Settings of the compliance monitors ("Reporting" in appsettings).</summary>
public sealed class ReportingOptions
{
    /// <summary>Withheld (classified / 不予公开) items are due for re-review this many months after the decision.</summary>
    public int ReReviewMonths { get; set; } = 12;

    /// <summary>Letters count as "approaching three months without reply" this many days before the three months are up.</summary>
    public int LetterWarningDays { get; set; } = 14;
}
