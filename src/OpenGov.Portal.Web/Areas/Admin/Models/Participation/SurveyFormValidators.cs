using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class SurveyFormValidator : AbstractValidator<SurveyForm>
{
    public SurveyFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("请填写问卷标题").PlainText("标题", EditionConfiguration.TitleMax);
        RuleFor(f => f.Intro).NotEmpty().WithMessage("请填写问卷说明").PlainText("说明", Survey.IntroMax);
        RuleFor(f => f.OpensOn).NotNull().WithMessage("请填写开始日期");
        RuleFor(f => f.ClosesOn).NotNull().WithMessage("请填写截止日期")
            .GreaterThanOrEqualTo(f => f.OpensOn).When(f => f.OpensOn is not null).WithMessage("截止日期不能早于开始日期");
    }
}

public sealed class QuestionFormValidator : AbstractValidator<QuestionForm>
{
    public QuestionFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("请填写问题").PlainText("问题", SurveyQuestion.TextMax);
        RuleFor(f => f.Type).NotNull().WithMessage("请选择题型").IsInEnum().WithMessage("请选择题型");
        RuleFor(f => f.Options).PlainText("选项", SurveyQuestion.MaxOptions * (SurveyOption.TextMax + 2));
        When(f => f.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice, () =>
        {
            RuleFor(f => f.OptionLines).Must(o => o.Count >= 2).WithName(nameof(QuestionForm.Options)).OverridePropertyName(nameof(QuestionForm.Options))
                .WithMessage("选择题至少需要两个选项,每行一个");
            RuleFor(f => f.OptionLines).Must(o => o.Count <= SurveyQuestion.MaxOptions).OverridePropertyName(nameof(QuestionForm.Options))
                .WithMessage($"选项不能超过 {SurveyQuestion.MaxOptions} 个");
            RuleFor(f => f.OptionLines).Must(o => o.All(x => x.Length <= SurveyOption.TextMax)).OverridePropertyName(nameof(QuestionForm.Options))
                .WithMessage($"每个选项不能超过 {SurveyOption.TextMax} 个字");
        });
    }
}
