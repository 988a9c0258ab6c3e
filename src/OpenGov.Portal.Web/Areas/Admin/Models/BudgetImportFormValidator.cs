using FluentValidation;
using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetImportFormValidator : AbstractValidator<BudgetImportForm>
{
    public BudgetImportFormValidator()
    {
        RuleFor(f => f.File).NotNull().WithMessage("请选择要导入的文件");
        RuleFor(f => f.Table).Must(t => string.IsNullOrEmpty(t) || BudgetSchemas.BySlug(t) is not null).WithMessage("表格无效");
    }
}
