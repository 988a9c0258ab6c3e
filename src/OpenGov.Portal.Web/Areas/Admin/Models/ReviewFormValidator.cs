using FluentValidation;
using OpenGov.Portal.Data.Configurations;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("请选择审查结论").IsInEnum().WithMessage("请选择审查结论");
        RuleFor(f => f.DisclosureMode).NotNull().When(f => f.Decision == ReviewDecision.Pass).WithMessage("请选择公开方式")
            .IsInEnum().WithMessage("请选择公开方式");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Decision is ReviewDecision.Classified or ReviewDecision.NotForDisclosure)
            .WithMessage("标记涉密或不宜公开须填写理由");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Decision == ReviewDecision.Return).WithMessage("退回须填写理由");
        RuleFor(f => f.Reason).MaximumLength(EditionConfiguration.ReasonMax).WithMessage($"理由或意见不能超过 {EditionConfiguration.ReasonMax} 个字");
    }
}
