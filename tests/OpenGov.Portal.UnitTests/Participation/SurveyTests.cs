using System.Globalization;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using static OpenGov.Portal.UnitTests.Participation.Calendars;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class SurveyTests
{
    static readonly Actor Author = new("u-author", "张明", new HashSet<string> { Roles.Author }, 1);

    static Survey NewSurvey()
    {
        var content = new EditionContent("满意度调查", null, "<p>说明</p>", null, null, D("2012-10-22"), Validity.Valid, DisclosureMode.Proactive, null);
        var publication = Publication.Draft(PublicationKind.Survey, 1, 1, Author, At("2012-10-22"), content);
        var survey = new Survey(publication.Editions[0], "说明", D("2012-11-01"), D("2012-11-30"));
        survey.AddQuestion(Author, At("2012-10-22"), "渠道", QuestionType.SingleChoice, true, ["网站", "报刊"]);
        survey.AddQuestion(Author, At("2012-10-22"), "内容", QuestionType.MultipleChoice, false, ["政策", "办事", "统计"]);
        survey.AddQuestion(Author, At("2012-10-22"), "满意度", QuestionType.Rating, true, []);
        survey.AddQuestion(Author, At("2012-10-22"), "建议", QuestionType.FreeText, false, []);
        // Ids as the database would give them.
        var id = 1;
        foreach (var q in survey.Questions)
        {
            typeof(SurveyQuestion).GetProperty(nameof(SurveyQuestion.Id))!.SetValue(q, id++);
            foreach (var o in q.Options) typeof(SurveyOption).GetProperty(nameof(SurveyOption.Id))!.SetValue(o, 100 + id++);
        }
        return survey;
    }

    static Dictionary<int, SurveyAnswerInput> Answers(Survey s, string? single, string[] multi, string? rating, string? text)
    {
        var q = s.OrderedQuestions.ToList();
        string Opt(int question, string label) => q[question].Options.Single(o => o.Text == label).Id.ToString(CultureInfo.InvariantCulture);
        return new()
        {
            [q[0].Id] = new(single is null ? [] : [Opt(0, single)]),
            [q[1].Id] = new(multi.Select(m => Opt(1, m)).ToList()),
            [q[2].Id] = new(rating is null ? [] : [rating]),
            [q[3].Id] = new(text is null ? [] : [text]),
        };
    }

    [Fact]
    public void A_complete_answer_makes_one_row_per_choice()
    {
        var s = NewSurvey();
        var response = s.Respond(Answers(s, "网站", ["政策", "统计"], "4", "很好"), At("2012-11-05"), D("2012-11-05"), out var errors);
        Assert.Empty(errors);
        Assert.NotNull(response);
        Assert.Equal(5, response.Answers.Count);
    }

    [Fact]
    public void Required_questions_and_ranges_are_checked_with_Chinese_messages()
    {
        var s = NewSurvey();
        var q = s.OrderedQuestions.ToList();
        Assert.Null(s.Respond(Answers(s, null, [], "9", null), At("2012-11-05"), D("2012-11-05"), out var errors));
        Assert.Equal("请回答此题", errors[q[0].Id]);
        Assert.Equal("请选择 1 至 5 分", errors[q[2].Id]);
        Assert.False(errors.ContainsKey(q[1].Id));

        var twoChoices = Answers(s, "网站", [], "3", null);
        twoChoices[q[0].Id] = new([.. twoChoices[q[0].Id].Values, q[0].Options[1].Id.ToString(CultureInfo.InvariantCulture)]);
        Assert.Null(s.Respond(twoChoices, At("2012-11-05"), D("2012-11-05"), out errors));
        Assert.Equal("此题只能选择一项", errors[q[0].Id]);

        var foreign = Answers(s, "网站", [], "3", null);
        foreign[q[1].Id] = new(["99999"]);
        Assert.Null(s.Respond(foreign, At("2012-11-05"), D("2012-11-05"), out errors));
        Assert.Equal("请选择列出的选项", errors[q[1].Id]);
    }

    [Theory]
    [InlineData("2012-10-31")]
    [InlineData("2012-12-01")]
    public void Answers_are_refused_outside_the_open_days(string day)
    {
        var s = NewSurvey();
        Assert.Throws<WorkflowException>(() => s.Respond(Answers(s, "网站", [], "3", null), At(day), D(day), out _));
    }

    [Fact]
    public void Questions_change_only_while_the_edition_is_a_draft_and_make_the_author_an_editor()
    {
        var s = NewSurvey();
        s.Edition.Submit(Author, At("2012-10-23"));
        Assert.Throws<WorkflowException>(() => s.AddQuestion(Author, At("2012-10-23"), "新问题", QuestionType.FreeText, false, []));
        Assert.Contains(Author.UserId, s.Edition.EditorIds);
    }

    [Fact]
    public void Choice_questions_need_two_options() =>
        Assert.Throws<WorkflowException>(() => NewSurvey().AddQuestion(Author, At("2012-10-22"), "问", QuestionType.SingleChoice, true, ["唯一"]));

    [Fact]
    public void Tallies_count_options_ratings_and_texts()
    {
        var s = NewSurvey();
        var q = s.OrderedQuestions.ToList();
        var counts = new List<SurveyTally.Count>
        {
            new(q[0].Id, q[0].Options[0].Id, null, 3), new(q[0].Id, q[0].Options[1].Id, null, 1),
            new(q[2].Id, null, 5, 2), new(q[2].Id, null, 2, 2),
            new(q[3].Id, null, null, 2),
        };
        var tally = SurveyTally.Build(s, 4, counts, new Dictionary<int, int> { [q[0].Id] = 4, [q[2].Id] = 4, [q[3].Id] = 2 });
        Assert.Equal([3, 1], tally.Questions[0].Bars.Select(b => b.Count));
        Assert.Equal([0, 2, 0, 0, 2], tally.Questions[2].Bars.Select(b => b.Count));
        Assert.Equal(3.5m, tally.Questions[2].AverageRating);
        Assert.Equal(2, tally.Questions[3].TextAnswers);
        Assert.Equal(0, tally.Questions[1].Answered);
    }
}
