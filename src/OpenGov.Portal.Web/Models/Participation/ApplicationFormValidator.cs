using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models.Participation;

public sealed class ApplicationFormValidator : AbstractValidator<ApplicationForm>
{
    public ApplicationFormValidator()
    {
        RuleFor(f => f.ApplicantType).IsInEnum().WithMessage("申请人类型无效");
        When(f => f.ApplicantType == ApplicantType.NaturalPerson, () =>
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("请填写姓名").PlainText("姓名", DisclosureApplication.PersonNameMax);
            RuleFor(f => f.IdType).NotNull().WithMessage("请选择证件类型").IsInEnum().WithMessage("请选择证件类型");
            RuleFor(f => f.IdNumber).NotEmpty().WithMessage("请填写证件号码").PlainText("证件号码", DisclosureApplication.IdNumberMax);
            RuleFor(f => f.IdNumber).Must(IdNumbers.IsResidentId).When(f => f.IdType == IdDocumentType.ResidentIdCard && !string.IsNullOrWhiteSpace(f.IdNumber))
                .WithMessage("请填写正确的18位居民身份证号码");
        });
        When(f => f.ApplicantType == ApplicantType.LegalPerson, () =>
        {
            RuleFor(f => f.OrganisationName).NotEmpty().WithMessage("请填写单位名称").PlainText("单位名称", DisclosureApplication.NameMax);
            RuleFor(f => f.OrganisationType).NotNull().WithMessage("请选择单位类型").IsInEnum().WithMessage("请选择单位类型");
            RuleFor(f => f.UnifiedCode).NotEmpty().WithMessage("请填写统一社会信用代码")
                .Must(IdNumbers.IsUnifiedCode).WithMessage("请填写正确的18位统一社会信用代码");
            RuleFor(f => f.LegalRepresentative).NotEmpty().WithMessage("请填写法定代表人或负责人").PlainText("法定代表人", DisclosureApplication.PersonNameMax);
            RuleFor(f => f.ContactName).NotEmpty().WithMessage("请填写联系人").PlainText("联系人", DisclosureApplication.PersonNameMax);
        });
        RuleFor(f => f.Phone).NotEmpty().WithMessage("请填写联系电话").PlainText("联系电话", DisclosureApplication.PhoneMax)
            .Must(TextRules.IsPhone).WithMessage("请填写正确的联系电话(数字,可含区号和“-”)");
        RuleFor(f => f.Email).PlainText("电子邮箱", DisclosureApplication.EmailMax).EmailAddress().WithMessage("请填写正确的电子邮箱地址");
        RuleFor(f => f.Email).NotEmpty().When(f => f.Delivery == DeliveryMethod.Email || f.PreferredForm == Domain.Participation.PreferredForm.Email)
            .WithMessage("选择通过电子邮件获取时,请填写电子邮箱");
        RuleFor(f => f.Address).PlainText("通信地址", DisclosureApplication.AddressMax);
        RuleFor(f => f.Address).NotEmpty().When(f => f.Delivery == DeliveryMethod.Post).WithMessage("选择邮寄时,请填写通信地址");

        RuleFor(f => f.Description).NotEmpty().WithMessage("请填写所需政府信息的名称、文号或者便于查询的其他特征性描述")
            .PlainText("所需信息描述", DisclosureApplication.DescriptionMax);
        RuleFor(f => f.Purpose).PlainText("用途", DisclosureApplication.PurposeMax);
        RuleFor(f => f.PreferredForm).NotNull().WithMessage("请选择信息的提供形式").IsInEnum().WithMessage("请选择信息的提供形式");
        RuleFor(f => f.Delivery).NotNull().WithMessage("请选择获取信息的方式").IsInEnum().WithMessage("请选择获取信息的方式");
    }
}
