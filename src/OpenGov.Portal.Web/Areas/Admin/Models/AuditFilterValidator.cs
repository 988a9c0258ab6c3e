using FluentValidation;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public const int TextMax = 64;

    public AuditFilterValidator()
    {
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null).WithMessage("结束日期不能早于开始日期");
        RuleFor(f => f.Actor).MaximumLength(TextMax).WithMessage($"操作人不能超过 {TextMax} 个字");
        RuleFor(f => f.Operation).MaximumLength(TextMax).WithMessage($"操作不能超过 {TextMax} 个字");
        RuleFor(f => f.EntityType).MaximumLength(TextMax).WithMessage($"对象类型不能超过 {TextMax} 个字");
        RuleFor(f => f.EntityId).MaximumLength(TextMax).WithMessage($"对象ID不能超过 {TextMax} 个字");
    }
}
