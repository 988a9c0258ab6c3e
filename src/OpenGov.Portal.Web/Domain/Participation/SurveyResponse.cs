namespace OpenGov.Portal.Domain.Participation;

/// <summary>One anonymous submission of a survey. Nothing identifies the person who answered.</summary>
public sealed class SurveyResponse
{
    public long Id { get; private set; }
    public int EditionId { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public List<SurveyAnswer> Answers { get; private set; } = [];

    private SurveyResponse() { }

    internal SurveyResponse(int editionId, DateTimeOffset at, IEnumerable<SurveyAnswer> answers)
    {
        EditionId = editionId;
        SubmittedAt = at;
        Answers.AddRange(answers);
    }
}
