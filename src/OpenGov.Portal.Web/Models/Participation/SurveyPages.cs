using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Models.Participation;

public sealed record SurveyRow(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, string State);

/// <summary>A survey to answer. <see cref="Values"/> keeps what was sent when the answers are shown again with errors.</summary>
public sealed record SurveyPage(int Id, string Title, string Intro, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed,
    bool AlreadyAnswered, IReadOnlyList<SurveyPage.QuestionView> Questions, IReadOnlyDictionary<int, IReadOnlyList<string>> Values)
{
    public sealed record QuestionView(int Id, int Number, string Text, QuestionType Type, bool Required, IReadOnlyList<OptionView> Options);

    public sealed record OptionView(int Id, string Text);

    public static string FieldName(int questionId) => "q" + questionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Has(int questionId, string value) => Values.TryGetValue(questionId, out var v) && v.Contains(value);

    public string TextOf(int questionId) => Values.TryGetValue(questionId, out var v) ? string.Join("\n", v) : "";

    public static SurveyPage From(int id, string title, Survey survey, DateOnly today, bool answered, IReadOnlyDictionary<int, IReadOnlyList<string>>? values = null) =>
        new(id, title, survey.Intro, survey.OpensOn, survey.ClosesOn, survey.IsOpenOn(today), survey.IsClosedOn(today), answered,
            survey.OrderedQuestions.Select((q, i) => new QuestionView(q.Id, i + 1, q.Text, q.Type, q.Required,
                q.Options.OrderBy(o => o.SortOrder).Select(o => new OptionView(o.Id, o.Text)).ToList())).ToList(),
            values ?? new Dictionary<int, IReadOnlyList<string>>());
}

public sealed record SurveyResultsPage(int Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, SurveyTally Tally, bool IsStaff, int? EditionId);
