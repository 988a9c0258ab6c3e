namespace OpenGov.Portal.Domain.Participation;

/// <summary>What a respondent sent for one question, before it is checked against the survey.</summary>
public sealed record SurveyAnswerInput(IReadOnlyList<string> Values);
