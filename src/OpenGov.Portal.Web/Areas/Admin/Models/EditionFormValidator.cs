using FluentValidation;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class EditionFormValidator : AbstractValidator<EditionForm>
{
    public EditionFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => EditionForm.DraftableKinds.Contains(k)).WithMessage("请选择信息类型");
        RuleFor(f => f.ColumnId).NotNull().WithMessage("请选择栏目");
        RuleFor(f => f.Title).NotEmpty().WithMessage("请填写标题")
            .MaximumLength(EditionConfiguration.TitleMax).WithMessage($"标题不能超过 {EditionConfiguration.TitleMax} 个字");
        RuleFor(f => f.Summary).MaximumLength(EditionConfiguration.SummaryMax).WithMessage($"摘要不能超过 {EditionConfiguration.SummaryMax} 个字");
        RuleFor(f => f.Body).NotEmpty().WithMessage("请填写正文")
            .MaximumLength(EditionConfiguration.BodyMax).WithMessage($"正文不能超过 {EditionConfiguration.BodyMax} 个字符");
        RuleFor(f => f.DocumentNumber).MaximumLength(EditionConfiguration.DocumentNumberMax)
            .WithMessage($"文号不能超过 {EditionConfiguration.DocumentNumberMax} 个字");
        RuleFor(f => f.Topic).NotEmpty().WithMessage("请填写主题分类")
            .MaximumLength(EditionConfiguration.TopicMax).WithMessage($"主题分类不能超过 {EditionConfiguration.TopicMax} 个字");
        RuleFor(f => f.CreatedOn).NotNull().WithMessage("请填写生成日期")
            .Must(d => d is null || (d.Value.Year >= 1949 && d.Value.Year <= 2100)).WithMessage("生成日期不正确");
        RuleFor(f => f.Validity).IsInEnum().WithMessage("请选择有效性");
        RuleFor(f => f.DisclosureMode).IsInEnum().WithMessage("请选择公开方式");
        RuleFor(f => f.InterpretsId).NotNull().When(f => f.Kind == PublicationKind.Interpretation).WithMessage("请选择所解读的政策文件");
        RuleFor(f => f.ChangeNote).NotEmpty().When(f => f.IsRevision).WithMessage("修订已发布的信息须填写修订说明");
        RuleFor(f => f.ChangeNote).MaximumLength(EditionConfiguration.ChangeNoteMax).WithMessage($"修订说明不能超过 {EditionConfiguration.ChangeNoteMax} 个字");
    }
}
