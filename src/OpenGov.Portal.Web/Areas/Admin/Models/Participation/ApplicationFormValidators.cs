using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class CorrectionRequestFormValidator : AbstractValidator<CorrectionRequestForm>
{
    public CorrectionRequestFormValidator() =>
        RuleFor(f => f.Request).NotEmpty().WithMessage("请写明需要补正的事项").PlainText("补正事项", DisclosureApplication.CorrectionRequestMax);
}

public sealed class CorrectionReceivedFormValidator : AbstractValidator<CorrectionReceivedForm>
{
    public CorrectionReceivedFormValidator()
    {
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("请填写收到补正的日期");
        RuleFor(f => f.Text).NotEmpty().WithMessage("请填写补正内容摘要").PlainText("补正内容", DisclosureApplication.CorrectionTextMax);
    }
}

public sealed class ConsultationFormValidator : AbstractValidator<ConsultationForm>
{
    public ConsultationFormValidator()
    {
        RuleFor(f => f.ThirdParty).NotEmpty().WithMessage("请填写第三方名称").PlainText("第三方名称", ThirdPartyConsultation.ThirdPartyMax);
        RuleFor(f => f.SentOn).NotNull().WithMessage("请填写发出征求意见书的日期");
    }
}

public sealed class ConsultationEndFormValidator : AbstractValidator<ConsultationEndForm>
{
    public ConsultationEndFormValidator()
    {
        RuleFor(f => f.AnsweredOn).NotNull().WithMessage("请填写收到意见的日期");
        RuleFor(f => f.Note).PlainText("意见摘要", ThirdPartyConsultation.NoteMax);
    }
}

public sealed class ExtensionFormValidator : AbstractValidator<ExtensionForm>
{
    public ExtensionFormValidator()
    {
        RuleFor(f => f.WorkingDays).NotNull().WithMessage("请填写延长的工作日数")
            .InclusiveBetween(1, DisclosureDeadline.MaxExtensionWorkingDays).WithMessage($"延长的期限为 1 至 {DisclosureDeadline.MaxExtensionWorkingDays} 个工作日");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写延长答复期限的理由").PlainText("理由", DisclosureApplication.ReasonMax);
    }
}

public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator()
    {
        RuleFor(f => f.Type).NotNull().WithMessage("请选择答复类型").IsInEnum().WithMessage("请选择答复类型");
        RuleFor(f => f.Outcome).NotNull().WithMessage("请选择统计类别").IsInEnum().WithMessage("请选择统计类别");
        RuleFor(f => f.Outcome).Must((f, o) => DisclosureOutcomes.AllowedFor(f.Type!.Value).Contains(o!.Value))
            .When(f => f.Type is not null && f.Outcome is not null && Enum.IsDefined(f.Type.Value) && Enum.IsDefined(f.Outcome.Value))
            .WithMessage(f => $"答复类型“{DisclosureOutcomes.NameOf(f.Type!.Value)}”应统计为:"
                + string.Join("、", DisclosureOutcomes.AllowedFor(f.Type!.Value).Select(DisclosureOutcomes.FullNameOf)));
        RuleFor(f => f.Text).NotEmpty().WithMessage("请填写答复内容").PlainText("答复内容", DisclosureApplication.AnswerTextMax);
        RuleFor(f => f.LegalBasis).PlainText("理由和法律依据", DisclosureApplication.ReasonMax);
        RuleFor(f => f.LegalBasis).NotEmpty().WithMessage("请写明理由和法律依据")
            .When(f => f.Type is AnswerType.Refused or AnswerType.PartiallyDisclosed or AnswerType.CannotProvide or AnswerType.NotProcessed or AnswerType.SpecialRegime);
        RuleFor(f => f.ReferredBody).PlainText("负责机关", DisclosureApplication.ReferredBodyMax);
        RuleFor(f => f.ReferredBody).NotEmpty().When(f => f.Type == AnswerType.NotHeldByThisBody).WithMessage("请写明负责公开该信息的机关名称和联系方式");
        RuleFor(f => f.WhereToFind).PlainText("获取方式", DisclosureApplication.ReasonMax);
        RuleFor(f => f.WhereToFind).NotEmpty().When(f => f.Type == AnswerType.AlreadyPublic).WithMessage("请写明获取该信息的方式和途径");
    }
}
