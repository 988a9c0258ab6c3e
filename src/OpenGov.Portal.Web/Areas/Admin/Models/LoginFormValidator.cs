using FluentValidation;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("请输入用户名").MaximumLength(256).WithMessage("用户名过长");
        RuleFor(f => f.Password).NotEmpty().WithMessage("请输入密码").MaximumLength(256).WithMessage("密码过长");
        RuleFor(f => f.ReturnUrl).MaximumLength(2000);
    }
}
