using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models.Participation;

public sealed class FeedbackFormValidator : AbstractValidator<FeedbackForm>
{
    public FeedbackFormValidator()
    {
        RuleFor(f => f.Name).PlainText("姓名", FeedbackLetter.NameMax);
        RuleFor(f => f.Category).NotNull().WithMessage("请选择留言类别").IsInEnum().WithMessage("请选择留言类别");
        RuleFor(f => f.Subject).NotEmpty().WithMessage("请填写标题").PlainText("标题", FeedbackLetter.SubjectMax);
        RuleFor(f => f.Body).NotEmpty().WithMessage("请填写留言内容").PlainText("留言内容", FeedbackLetter.BodyMax);
        RuleFor(f => f.Phone).PlainText("联系电话", FeedbackLetter.PhoneMax)
            .Must(p => string.IsNullOrWhiteSpace(p) || TextRules.IsPhone(p)).WithMessage("请填写正确的联系电话(数字,可含区号和“-”)");
        RuleFor(f => f.Email).PlainText("电子邮箱", FeedbackLetter.EmailMax)
            .EmailAddress().WithMessage("请填写正确的电子邮箱地址");
        RuleFor(f => f.Phone).Must((f, _) => !string.IsNullOrWhiteSpace(f.Phone) || !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage("请至少填写联系电话或电子邮箱中的一项,以便我们与您联系");
    }
}
