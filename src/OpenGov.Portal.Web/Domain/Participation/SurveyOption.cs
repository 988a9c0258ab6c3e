namespace OpenGov.Portal.Domain.Participation;

public sealed class SurveyOption
{
    public const int TextMax = 100;

    public int Id { get; private set; }
    public int QuestionId { get; private set; }
    public int SortOrder { get; private set; }
    public string Text { get; private set; } = "";

    private SurveyOption() { }

    internal SurveyOption(int sortOrder, string text)
    {
        SortOrder = sortOrder;
        Text = text;
    }
}
