namespace OpenGov.Portal.Domain.Participation;

/// <summary>Counted results of a survey: per question, the bars of a chart (label and count) and how many answered it.</summary>
public sealed record SurveyTally(int Responses, IReadOnlyList<SurveyTally.Question> Questions)
{
    public sealed record Bar(string Label, int Count);

    public sealed record Question(int Id, int Number, string Text, QuestionType Type, int Answered, IReadOnlyList<Bar> Bars, decimal? AverageRating, int TextAnswers);

    /// <summary>One group of answer rows: how many answers chose this option or gave this rating, or how many texts there are.</summary>
    public sealed record Count(int QuestionId, int? OptionId, int? Rating, int Answers);

    public static SurveyTally Build(Survey survey, int responses, IReadOnlyCollection<Count> counts, IReadOnlyDictionary<int, int> answeredByQuestion)
    {
        var questions = new List<Question>();
        var number = 1;
        foreach (var q in survey.OrderedQuestions)
        {
            var mine = counts.Where(c => c.QuestionId == q.Id).ToList();
            var answered = answeredByQuestion.GetValueOrDefault(q.Id);
            IReadOnlyList<Bar> bars = q.Type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice => q.Options.OrderBy(o => o.SortOrder)
                    .Select(o => new Bar(o.Text, mine.Where(c => c.OptionId == o.Id).Sum(c => c.Answers))).ToList(),
                QuestionType.Rating => Enumerable.Range(Survey.MinRating, Survey.MaxRating - Survey.MinRating + 1)
                    .Select(r => new Bar($"{r} 分", mine.Where(c => c.Rating == r).Sum(c => c.Answers))).ToList(),
                _ => [],
            };
            decimal? average = null;
            if (q.Type == QuestionType.Rating)
            {
                var total = mine.Where(c => c.Rating is not null).Sum(c => c.Answers);
                if (total > 0) average = Math.Round((decimal)mine.Where(c => c.Rating is not null).Sum(c => c.Rating!.Value * c.Answers) / total, 2);
            }
            var texts = q.Type == QuestionType.FreeText ? mine.Sum(c => c.Answers) : 0;
            questions.Add(new Question(q.Id, number++, q.Text, q.Type, answered, bars, average, texts));
        }
        return new SurveyTally(responses, questions);
    }
}
