using System.Globalization;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// The questionnaire of a Survey edition (调查问卷). It is published through the ordinary workflow; its
/// questions can change only while the edition is a draft (or returned), by the department's authors,
/// and each change makes that person an editor of the edition (so they cannot review it).
/// </summary>
public sealed class Survey
{
    public const int IntroMax = 2000;
    public const int MaxQuestions = 50;
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public int EditionId { get; private set; }
    public Edition Edition { get; private set; } = null!;
    public string Intro { get; private set; } = "";

    /// <summary>First day (China time) on which answers are accepted.</summary>
    public DateOnly OpensOn { get; private set; }

    /// <summary>Last day (China time) on which answers are accepted; results go public the day after.</summary>
    public DateOnly ClosesOn { get; private set; }

    public List<SurveyQuestion> Questions { get; private set; } = [];

    private Survey() { }

    public Survey(Edition edition, string intro, DateOnly opensOn, DateOnly closesOn)
    {
        if (edition.Publication.Kind != PublicationKind.Survey) throw new ArgumentException("Not a survey edition.", nameof(edition));
        Edition = edition;
        SetDetails(intro, opensOn, closesOn);
    }

    public bool IsOpenOn(DateOnly today) => today >= OpensOn && today <= ClosesOn;

    public bool IsClosedOn(DateOnly today) => today > ClosesOn;

    public IEnumerable<SurveyQuestion> OrderedQuestions => Questions.OrderBy(q => q.SortOrder).ThenBy(q => q.Id);

    public void ChangeDetails(Actor actor, DateTimeOffset now, string intro, DateOnly opensOn, DateOnly closesOn)
    {
        Edition.Touch(actor, now, "survey.edit", null);
        SetDetails(intro, opensOn, closesOn);
    }

    public SurveyQuestion AddQuestion(Actor actor, DateTimeOffset now, string text, QuestionType type, bool required, IReadOnlyList<string> options)
    {
        Edition.Touch(actor, now, "survey.question.add", text.Length > 100 ? text[..100] : text);
        if (Questions.Count >= MaxQuestions) throw new WorkflowException($"一份问卷最多 {MaxQuestions} 个问题");
        var cleaned = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice && cleaned.Count < 2)
            throw new WorkflowException("选择题至少需要两个选项");
        var question = new SurveyQuestion(Questions.Count == 0 ? 1 : Questions.Max(q => q.SortOrder) + 1, text.Trim(), type, required, cleaned);
        Questions.Add(question);
        return question;
    }

    public void RemoveQuestion(Actor actor, DateTimeOffset now, int questionId)
    {
        var question = Questions.FirstOrDefault(q => q.Id == questionId) ?? throw new WorkflowException("该问题不存在,可能已被删除");
        Edition.Touch(actor, now, "survey.question.remove", question.Text.Length > 100 ? question.Text[..100] : question.Text);
        Questions.Remove(question);
        var order = 1;
        foreach (var q in OrderedQuestions) q.MoveTo(order++);
    }

    /// <summary>Before the edition goes to review: a survey needs questions and sensible dates.</summary>
    public void EnsureComplete()
    {
        if (Questions.Count == 0) throw new WorkflowException("问卷还没有问题,请先添加问题再提交审查");
    }

    /// <summary>
    /// Checks the answers against the questions and builds the response. Errors are keyed by question id;
    /// the response is null when there is any error.
    /// </summary>
    public SurveyResponse? Respond(IReadOnlyDictionary<int, SurveyAnswerInput> input, DateTimeOffset now, DateOnly today, out Dictionary<int, string> errors)
    {
        errors = [];
        if (!IsOpenOn(today)) throw new WorkflowException(IsClosedOn(today) ? "该调查已经结束,不再接受回答" : "该调查尚未开始");
        var answers = new List<SurveyAnswer>();
        foreach (var q in OrderedQuestions)
        {
            var values = input.TryGetValue(q.Id, out var a) ? a.Values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList() : [];
            if (values.Count == 0)
            {
                if (q.Required) errors[q.Id] = q.Type == QuestionType.FreeText ? "请填写此题" : "请回答此题";
                continue;
            }
            var error = Check(q, values, answers);
            if (error is not null) errors[q.Id] = error;
        }
        return errors.Count > 0 ? null : new SurveyResponse(EditionId, now, answers);
    }

    static string? Check(SurveyQuestion q, List<string> values, List<SurveyAnswer> answers)
    {
        switch (q.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                if (q.Type == QuestionType.SingleChoice && values.Count > 1) return "此题只能选择一项";
                var ids = new List<int>();
                foreach (var v in values.Distinct())
                {
                    if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || q.Options.All(o => o.Id != id))
                        return "请选择列出的选项";
                    ids.Add(id);
                }
                answers.AddRange(ids.Select(id => new SurveyAnswer(q.Id, id, null, null)));
                return null;
            case QuestionType.Rating:
                if (values.Count > 1 || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
                    || rating is < MinRating or > MaxRating)
                    return $"请选择 {MinRating} 至 {MaxRating} 分";
                answers.Add(new SurveyAnswer(q.Id, null, rating, null));
                return null;
            default:
                var text = string.Join("\n", values).Trim();
                if (text.Length > SurveyAnswer.TextMax) return $"回答不能超过 {SurveyAnswer.TextMax} 个字";
                if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))) return "回答中含有无法识别的字符";
                answers.Add(new SurveyAnswer(q.Id, null, null, text));
                return null;
        }
    }

    void SetDetails(string intro, DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn) throw new WorkflowException("截止日期不能早于开始日期");
        Intro = intro.Trim();
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }
}
