using FluentValidation;
using OpenGov.Portal.Domain.Budgets;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>Checks the shape of the form; amounts and sums are checked by the same parser and checker as an import.</summary>
public sealed class BudgetTableFormValidator : AbstractValidator<BudgetTableForm>
{
    public BudgetTableFormValidator()
    {
        RuleFor(f => f.Lines.Count).LessThanOrEqualTo(BudgetTableForm.MaxRows).WithMessage($"一张表最多 {BudgetTableForm.MaxRows} 行");
        RuleForEach(f => f.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Name).MaximumLength(BudgetLine.NameMax).WithMessage($"名称不能超过 {BudgetLine.NameMax} 个字");
            line.RuleFor(l => l.Code).MaximumLength(BudgetLine.CodeMax).WithMessage($"科目编码不能超过 {BudgetLine.CodeMax} 个字符");
            line.RuleFor(l => l.Section).MaximumLength(BudgetLine.SectionMax).WithMessage("方向应为“收入”或“支出”");
            line.RuleFor(l => l.Amounts.Count).LessThanOrEqualTo(10);
        });
    }
}
