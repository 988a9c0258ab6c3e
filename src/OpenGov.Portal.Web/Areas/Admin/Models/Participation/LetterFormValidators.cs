using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator() => RuleFor(f => f.DepartmentId).NotNull().WithMessage("请选择承办处室");
}

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator() =>
        RuleFor(f => f.Text).NotEmpty().WithMessage("请填写答复内容").PlainText("答复内容", FeedbackLetter.ReplyMax);
}

public sealed class ReasonFormValidator : AbstractValidator<ReasonForm>
{
    public ReasonFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写理由").PlainText("理由", FeedbackLetter.NoteMax);
}

public sealed class PublishReplyFormValidator : AbstractValidator<PublishReplyForm>
{
    public PublishReplyFormValidator()
    {
        RuleFor(f => f.PublicSubject).NotEmpty().WithMessage("请填写公开的标题").PlainText("标题", FeedbackLetter.SubjectMax);
        RuleFor(f => f.PublicBody).NotEmpty().WithMessage("请填写公开的留言内容").PlainText("留言内容", FeedbackLetter.BodyMax);
        RuleFor(f => f.Note).PlainText("审查意见", FeedbackLetter.NoteMax);
    }
}
