using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("请输入用户名").MaximumLength(StaffUserConfiguration.UserNameMax).WithMessage($"用户名不能超过{StaffUserConfiguration.UserNameMax}个字符")
            .Matches("^[A-Za-z0-9._@+-]+$").WithMessage("用户名只能包含字母、数字和 . _ @ + -");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请输入姓名")
            .MaximumLength(EditionConfiguration.NameMax).WithMessage($"姓名不能超过{EditionConfiguration.NameMax}个字符");
        RuleFor(f => f.Roles).Must(r => RoleRules.Check(r) is null).WithMessage(f => RoleRules.Check(f.Roles) ?? "");
        RuleFor(f => f.DepartmentId).NotNull().WithMessage("信息员须选择所属处室").When(f => RoleRules.NeedsDepartment(f.Roles));
    }
}
