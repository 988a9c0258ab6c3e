using FluentValidation;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("请输入当前密码").MaximumLength(256).WithMessage("密码过长");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请输入新密码").MaximumLength(256).WithMessage("密码过长")
            .NotEqual(f => f.CurrentPassword).WithMessage("新密码不能与当前密码相同");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("两次输入的新密码不一致");
    }
}
