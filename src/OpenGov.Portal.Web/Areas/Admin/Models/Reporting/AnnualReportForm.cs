using System.Globalization;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Areas.Admin.Models.Reporting;

/// <summary>The staff-entered cells (in the order of <see cref="AnnualReportCalculator.EnteredCells"/>) and the three text sections.</summary>
public sealed class AnnualReportForm
{
    public const decimal MaxValue = 999_999_999m;

    public List<string?> Values { get; set; } = [];
    public string? Overall { get; set; }
    public string? Problems { get; set; }
    public string? Other { get; set; }

    public static AnnualReportForm From(AnnualReport report) => new()
    {
        Values = AnnualReportCalculator.EnteredCells.Select(c => report.Data.Entered.TryGetValue(c.Key, out var v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "0").ToList<string?>(),
        Overall = report.OverallText,
        Problems = report.ProblemsText,
        Other = report.OtherText,
    };

    public static decimal? Parse(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public Dictionary<string, decimal> Entered() => AnnualReportCalculator.EnteredCells
        .Select((c, i) => (c.Key, Value: Parse(i < Values.Count ? Values[i] : null) ?? 0))
        .ToDictionary(x => x.Key, x => x.Value);

    public ReportTexts Texts() => new((Overall ?? "").Trim(), (Problems ?? "").Trim(), (Other ?? "").Trim());
}
