using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetExplanationFormValidator : AbstractValidator<BudgetExplanationForm>
{
    public BudgetExplanationFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("请填写情况说明")
            .MaximumLength(BudgetText.MaxLength).WithMessage($"情况说明不能超过 {BudgetText.MaxLength} 个字");
        RuleFor(f => f.ChangeNote).MaximumLength(EditionConfiguration.ChangeNoteMax).WithMessage($"修订说明不能超过 {EditionConfiguration.ChangeNoteMax} 个字");
    }
}
