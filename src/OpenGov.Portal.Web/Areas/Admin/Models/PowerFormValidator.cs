using System.Text.RegularExpressions;
using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using L = OpenGov.Portal.Domain.Powers.PowerLimits;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed partial class PowerFormValidator : AbstractValidator<PowerForm>
{
    [GeneratedRegex(L.CodePattern)]
    private static partial Regex CodeFormat();

    public PowerFormValidator()
    {
        RuleFor(f => f.Category).NotNull().WithMessage("请选择权力类别").IsInEnum().WithMessage("请选择权力类别");
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写事项编码")
            .MaximumLength(L.CodeMax).WithMessage($"事项编码不能超过 {L.CodeMax} 个字符")
            .Must(c => CodeFormat().IsMatch(c!.Trim().ToUpperInvariant())).When(f => !string.IsNullOrWhiteSpace(f.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage("事项编码只能包含字母、数字和连字符,且以字母或数字开头,例如 XK-001");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写事项名称").MaximumLength(L.NameMax).WithMessage($"事项名称不能超过 {L.NameMax} 个字");
        RuleFor(f => f.ImplementingBody).NotEmpty().WithMessage("请填写实施主体").MaximumLength(L.ImplementingBodyMax).WithMessage($"实施主体不能超过 {L.ImplementingBodyMax} 个字");
        RuleFor(f => f.StatutoryTimeLimit).NotEmpty().WithMessage("请填写法定时限(没有法定时限的填写“无”)")
            .MaximumLength(L.TimeLimitMax).WithMessage($"法定时限不能超过 {L.TimeLimitMax} 个字");
        RuleFor(f => f.PromisedTimeLimit).MaximumLength(L.TimeLimitMax).WithMessage($"承诺时限不能超过 {L.TimeLimitMax} 个字");
        RuleFor(f => f.Fee).GreaterThanOrEqualTo(0).WithMessage("收费金额不能为负数")
            .LessThan(L.FeeMax).WithMessage("收费金额过大")
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithMessage("收费金额最多保留两位小数");
        RuleFor(f => f.FeeBasis).NotEmpty().When(f => f.Fee > 0).WithMessage("收费的事项须填写收费依据")
            .MaximumLength(L.FeeBasisMax).WithMessage($"收费依据不能超过 {L.FeeBasisMax} 个字");

        RuleFor(f => f.LegalBases).Must(b => b.Any(x => !x.IsBlank)).WithMessage("请至少填写一条设定依据")
            .Must(b => b.Count(x => !x.IsBlank) <= L.MaxLegalBases).WithMessage($"设定依据不能超过 {L.MaxLegalBases} 条");
        RuleForEach(f => f.LegalBases).Where(b => !b.IsBlank).ChildRules(row =>
        {
            row.RuleFor(b => b.LawName).NotEmpty().WithMessage("请填写法律法规名称").MaximumLength(L.LawNameMax).WithMessage($"法律法规名称不能超过 {L.LawNameMax} 个字");
            row.RuleFor(b => b.Article).NotEmpty().WithMessage("请填写条款,如“第十条”").MaximumLength(L.ArticleMax).WithMessage($"条款不能超过 {L.ArticleMax} 个字");
            row.RuleFor(b => b.Text).NotEmpty().WithMessage("请填写条款内容").MaximumLength(L.BasisTextMax).WithMessage($"条款内容不能超过 {L.BasisTextMax} 个字");
        });

        RuleFor(f => f.MaterialLines).Must(m => m.Count <= L.MaxMaterials).WithMessage($"申请材料不能超过 {L.MaxMaterials} 项")
            .Must(m => m.All(x => x.Length <= L.MaterialMax)).WithMessage($"每项申请材料不能超过 {L.MaterialMax} 个字")
            .OverridePropertyName(nameof(PowerForm.Materials));
        RuleFor(f => f.Responsibilities).NotEmpty().WithMessage("请填写责任事项").MaximumLength(L.ResponsibilitiesMax).WithMessage($"责任事项不能超过 {L.ResponsibilitiesMax} 个字");
        RuleFor(f => f.Accountability).NotEmpty().WithMessage("请填写追责情形").MaximumLength(L.AccountabilityMax).WithMessage($"追责情形不能超过 {L.AccountabilityMax} 个字");
        RuleFor(f => f.ContactPhone).MaximumLength(L.PhoneMax).WithMessage($"咨询电话不能超过 {L.PhoneMax} 个字符");
        RuleFor(f => f.ComplaintPhone).MaximumLength(L.PhoneMax).WithMessage($"投诉电话不能超过 {L.PhoneMax} 个字符");
        RuleFor(f => f.ChangeNote).MaximumLength(EditionConfiguration.ChangeNoteMax).WithMessage($"修订说明不能超过 {EditionConfiguration.ChangeNoteMax} 个字");
    }
}
