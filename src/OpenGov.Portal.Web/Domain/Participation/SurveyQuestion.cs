namespace OpenGov.Portal.Domain.Participation;

public sealed class SurveyQuestion
{
    public const int TextMax = 200;
    public const int MaxOptions = 20;

    public int Id { get; private set; }
    public int SurveyEditionId { get; private set; }
    public int SortOrder { get; private set; }
    public string Text { get; private set; } = "";
    public QuestionType Type { get; private set; }
    public bool Required { get; private set; }
    public List<SurveyOption> Options { get; private set; } = [];

    private SurveyQuestion() { }

    internal SurveyQuestion(int sortOrder, string text, QuestionType type, bool required, IEnumerable<string> options)
    {
        SortOrder = sortOrder;
        Text = text;
        Type = type;
        Required = required;
        if (HasOptions) Options.AddRange(options.Select((o, i) => new SurveyOption(i + 1, o)));
    }

    public bool HasOptions => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
