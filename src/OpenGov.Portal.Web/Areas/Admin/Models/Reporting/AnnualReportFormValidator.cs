using FluentValidation;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Areas.Admin.Models.Reporting;

public sealed class AnnualReportFormValidator : AbstractValidator<AnnualReportForm>
{
    public AnnualReportFormValidator()
    {
        var cells = AnnualReportCalculator.EnteredCells;
        RuleFor(x => x.Values).Must(v => v.Count == cells.Count).WithMessage("表格数据不完整,请刷新后重试");
        for (var i = 0; i < cells.Count; i++)
        {
            var index = i;
            RuleFor(x => index < x.Values.Count ? x.Values[index] : null)
                .Must(v => AnnualReportForm.Parse(v) is { } d && d >= 0 && d <= AnnualReportForm.MaxValue)
                .WithMessage($"“{cells[index].Label}”请填写不小于 0 的数字")
                .OverridePropertyName($"Values[{index}]");
        }
        RuleFor(x => x.Overall).NotEmpty().WithMessage("请填写“一、总体情况”")
            .MaximumLength(ReportTexts.MaxLength).WithMessage($"“一、总体情况”不能超过 {ReportTexts.MaxLength} 个字");
        RuleFor(x => x.Problems).MaximumLength(ReportTexts.MaxLength).WithMessage($"“五、存在的主要问题及改进情况”不能超过 {ReportTexts.MaxLength} 个字");
        RuleFor(x => x.Other).MaximumLength(ReportTexts.MaxLength).WithMessage($"“六、其他需要报告的事项”不能超过 {ReportTexts.MaxLength} 个字");
    }
}
