using FluentValidation;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models.Participation;

/// <summary>Checks the applicant's correction (the code itself is checked by the look-up).</summary>
public sealed class CorrectionFormValidator : AbstractValidator<TrackingForm>
{
    public CorrectionFormValidator()
    {
        RuleFor(f => f.CorrectionText).NotEmpty().WithMessage("请填写补正内容").PlainText("补正内容", DisclosureApplication.CorrectionTextMax);
    }
}
