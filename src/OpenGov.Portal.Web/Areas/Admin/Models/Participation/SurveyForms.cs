using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class SurveyForm
{
    public string? Title { get; set; }
    public string? Intro { get; set; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
}

public sealed class QuestionForm
{
    public string? Text { get; set; }
    public QuestionType? Type { get; set; }
    public bool Required { get; set; }

    /// <summary>One option per line (choice questions only).</summary>
    public string? Options { get; set; }

    public IReadOnlyList<string> OptionLines =>
        (Options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
}
