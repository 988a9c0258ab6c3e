using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class SignOffFormValidator : AbstractValidator<SignOffForm>
{
    public SignOffFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Decision).NotNull().WithMessage("请选择签发意见").IsInEnum().WithMessage("请选择签发意见");
        RuleFor(f => f.ScheduleAt).NotNull().When(f => f.Decision == SignOffDecision.Schedule).WithMessage("请填写定时发布的时间");
        RuleFor(f => f.ScheduleAt).Must(at => Cst.FromCstLocal(at!.Value) > clock.GetUtcNow())
            .When(f => f.Decision == SignOffDecision.Schedule && f.ScheduleAt is not null).WithMessage("定时发布的时间须晚于当前时间(北京时间)");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Decision == SignOffDecision.Return).WithMessage("退回须填写理由");
        RuleFor(f => f.Reason).MaximumLength(EditionConfiguration.ReasonMax).WithMessage($"理由不能超过 {EditionConfiguration.ReasonMax} 个字");
    }
}
