using FluentValidation;
using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetCreateFormValidator : AbstractValidator<BudgetCreateForm>
{
    public BudgetCreateFormValidator()
    {
        RuleFor(f => f.FiscalYear).NotNull().WithMessage("请填写预算年度")
            .InclusiveBetween(Budget.MinYear, Budget.MaxYear).WithMessage($"预算年度应在 {Budget.MinYear} 至 {Budget.MaxYear} 之间");
        RuleFor(f => f.Kind).NotEmpty().WithMessage("请选择类型")
            .Must(k => BudgetKinds.FromSlug(k) is not null).WithMessage("类型无效,请选择部门预算或部门决算");
    }
}
