using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

/// <summary>Sets a run of dates (e.g. 国庆节 10-01 to 10-07) to a holiday, or one weekend day to a 调休 workday.</summary>
public sealed class CalendarForm
{
    public const int MaxDays = 31;

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public DayKind? Kind { get; set; }
    public string? Name { get; set; }
}

public sealed class CalendarFormValidator : AbstractValidator<CalendarForm>
{
    public CalendarFormValidator()
    {
        RuleFor(f => f.From).NotNull().WithMessage("请填写开始日期");
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null).WithMessage("结束日期不能早于开始日期");
        RuleFor(f => f.To).Must((f, to) => to!.Value.DayNumber - f.From!.Value.DayNumber < CalendarForm.MaxDays)
            .When(f => f.From is not null && f.To is not null && f.To >= f.From).WithMessage($"一次最多设置 {CalendarForm.MaxDays} 天");
        RuleFor(f => f.Kind).NotNull().WithMessage("请选择放假或调休上班").IsInEnum().WithMessage("请选择放假或调休上班");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写名称,如“国庆节”").PlainText("名称", CalendarDay.NameMax);
    }
}

public sealed class BlockedWordForm
{
    public string? Word { get; set; }
}

public sealed class BlockedWordFormValidator : AbstractValidator<BlockedWordForm>
{
    public BlockedWordFormValidator() =>
        RuleFor(f => f.Word).NotEmpty().WithMessage("请填写屏蔽词").PlainText("屏蔽词", BlockedWord.WordMax);
}
