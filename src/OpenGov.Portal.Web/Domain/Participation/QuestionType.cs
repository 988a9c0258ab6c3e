namespace OpenGov.Portal.Domain.Participation;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,

    /// <summary>A score from 1 to 5.</summary>
    Rating,
    FreeText,
}
