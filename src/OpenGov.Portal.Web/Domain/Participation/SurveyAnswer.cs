namespace OpenGov.Portal.Domain.Participation;

/// <summary>One answer to one question: a chosen option (one row per option of a multiple choice), a rating or a text.</summary>
public sealed class SurveyAnswer
{
    public const int TextMax = 1000;

    public long Id { get; private set; }
    public long ResponseId { get; private set; }
    public int QuestionId { get; private set; }
    public int? OptionId { get; private set; }
    public int? Rating { get; private set; }
    public string? Text { get; private set; }

    private SurveyAnswer() { }

    internal SurveyAnswer(int questionId, int? optionId, int? rating, string? text)
    {
        QuestionId = questionId;
        OptionId = optionId;
        Rating = rating;
        Text = text;
    }
}
