using FluentValidation;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator()
    {
        RuleFor(f => f.Code).Matches("^[0-9]{6}$").WithMessage("请输入身份验证器上显示的6位数字")
            .When(f => string.IsNullOrWhiteSpace(f.RecoveryCode));
        RuleFor(f => f.RecoveryCode).MaximumLength(64).WithMessage("恢复码格式不正确");
        RuleFor(f => f.ReturnUrl).MaximumLength(2000);
    }
}
