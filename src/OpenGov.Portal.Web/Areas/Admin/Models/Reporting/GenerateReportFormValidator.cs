using FluentValidation;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Areas.Admin.Models.Reporting;

public sealed class GenerateReportFormValidator : AbstractValidator<GenerateReportForm>
{
    public GenerateReportFormValidator(TimeProvider clock)
    {
        RuleFor(x => x.Year).NotNull().WithMessage("请填写报告年度")
            .InclusiveBetween(AnnualReport.MinYear, Math.Min(AnnualReport.MaxYear, clock.GetUtcNow().Year))
            .WithMessage($"报告年度须在 {AnnualReport.MinYear} 年至今年之间");
    }
}
