using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Reporting;

/// <summary>
/// The tables and text of one edition of an annual openness report (kind <see cref="PublicationKind.AnnualReport"/>).
/// The counted figures are frozen when the report is generated; staff edit the entered cells and the text while the
/// edition is a draft, then it goes through review and sign-off like any item.
/// </summary>
public sealed class AnnualReport
{
    public const int MinYear = 2008, MaxYear = 2100;
    public const int DataMax = 100_000;

    public int Id { get; private set; }
    public int EditionId { get; private set; }
    public Edition Edition { get; private set; } = null!;
    public int Year { get; private set; }
    public string DataJson { get; private set; } = "";
    public string OverallText { get; private set; } = "";
    public string ProblemsText { get; private set; } = "";
    public string OtherText { get; private set; } = "";
    public DateTimeOffset GeneratedAt { get; private set; }

    private AnnualReport() { }

    public static AnnualReport For(Edition edition, AnnualReportData data, ReportTexts texts, DateTimeOffset now) => new()
    {
        Edition = edition,
        Year = data.Year,
        DataJson = AnnualReportJson.Write(data),
        OverallText = texts.Overall,
        ProblemsText = texts.Problems,
        OtherText = texts.Other,
        GeneratedAt = now,
    };

    public AnnualReportData Data => AnnualReportJson.Read(DataJson);

    public ReportTexts Texts => new(OverallText, ProblemsText, OtherText);

    /// <summary>Replaces the staff-entered cells and the text; only while the edition may be edited (the caller edits the edition too).</summary>
    public void Revise(IReadOnlyDictionary<string, decimal> entered, ReportTexts texts)
    {
        if (!Workflow.IsEditable(Edition.Status)) throw new WorkflowException($"“{StatusNames.Of(Edition.Status)}”状态的年度报告不能修改");
        var allowed = AnnualReportCalculator.EnteredCells.Select(c => c.Key).ToHashSet();
        DataJson = AnnualReportJson.Write(Data with { Entered = entered.Where(kv => allowed.Contains(kv.Key)).ToDictionary() });
        OverallText = texts.Overall;
        ProblemsText = texts.Problems;
        OtherText = texts.Other;
    }
}
