using FluentValidation;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public const int ReasonMax = 500;

    public WithdrawFormValidator()
    {
        RuleFor(f => f.PublicReason).NotEmpty().WithMessage("请填写撤回理由(将在网站上公开显示)")
            .MaximumLength(ReasonMax).WithMessage($"撤回理由不能超过 {ReasonMax} 个字");
    }
}
