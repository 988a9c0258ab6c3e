namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Application counts for a date range (China dates, inclusive), shaped like table 三 of the national
/// annual-report template: by applicant column, new and carried-over applications, every outcome row, and
/// what is carried into the next period; plus on-time and overdue answers. New + carried over always equals
/// handled + carried forward (the template's cross-check).
/// </summary>
public sealed record DisclosureCounts(
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<ApplicantColumn, int> Received,
    IReadOnlyDictionary<ApplicantColumn, int> CarriedOver,
    IReadOnlyDictionary<(DisclosureOutcome Outcome, ApplicantColumn Column), int> Outcomes,
    IReadOnlyDictionary<ApplicantColumn, int> CarriedForward,
    int AnsweredOnTime,
    int AnsweredLate)
{
    /// <summary>The facts of one application that the counts need.</summary>
    public sealed record Row(int Id, ApplicantColumn Column, DateOnly ReceivedOn, DateOnly? AnsweredOn, DisclosureOutcome? Outcome, DateOnly? DueOnAtAnswer);

    public static DisclosureCounts Build(IEnumerable<Row> rows, DateOnly from, DateOnly to)
    {
        var received = Zero();
        var carriedOver = Zero();
        var carriedForward = Zero();
        var outcomes = new Dictionary<(DisclosureOutcome, ApplicantColumn), int>();
        int onTime = 0, late = 0;
        foreach (var r in rows)
        {
            if (r.ReceivedOn > to) continue;
            var answeredBefore = r.AnsweredOn is { } a && a < from;
            if (r.ReceivedOn >= from) received[r.Column]++;
            else if (!answeredBefore) carriedOver[r.Column]++;

            if (r.AnsweredOn is { } answered && answered >= from && answered <= to && r.Outcome is { } outcome)
            {
                outcomes[(outcome, r.Column)] = outcomes.GetValueOrDefault((outcome, r.Column)) + 1;
                if (r.DueOnAtAnswer is { } due && answered <= due) onTime++;
                else late++;
            }
            else if (!answeredBefore) carriedForward[r.Column]++;
        }
        return new(from, to, received, carriedOver, outcomes, carriedForward, onTime, late);
    }

    public int Count(DisclosureOutcome outcome, ApplicantColumn column) => Outcomes.GetValueOrDefault((outcome, column));

    public int Count(DisclosureOutcome outcome) => Columns.Sum(c => Count(outcome, c));

    public int Count(OutcomeCategory category, ApplicantColumn column) =>
        Outcomes.Where(kv => kv.Key.Column == column && DisclosureOutcomes.CategoryOf(kv.Key.Outcome) == category).Sum(kv => kv.Value);

    public int Count(OutcomeCategory category) => Columns.Sum(c => Count(category, c));

    /// <summary>(七)总计: applications answered in the range.</summary>
    public int Handled(ApplicantColumn column) => Outcomes.Where(kv => kv.Key.Column == column).Sum(kv => kv.Value);

    public int Handled() => Outcomes.Values.Sum();

    public int TotalReceived => Received.Values.Sum();

    public int TotalCarriedOver => CarriedOver.Values.Sum();

    public int TotalCarriedForward => CarriedForward.Values.Sum();

    /// <summary>Sum of the five 法人或其他组织 columns.</summary>
    public static int Organisations(IReadOnlyDictionary<ApplicantColumn, int> byColumn) =>
        byColumn.Where(kv => kv.Key != ApplicantColumn.NaturalPerson).Sum(kv => kv.Value);

    public bool Balances => TotalReceived + TotalCarriedOver == Handled() + TotalCarriedForward;

    public static IReadOnlyList<ApplicantColumn> Columns { get; } = Enum.GetValues<ApplicantColumn>();

    static Dictionary<ApplicantColumn, int> Zero() => Enum.GetValues<ApplicantColumn>().ToDictionary(c => c, _ => 0);
}
