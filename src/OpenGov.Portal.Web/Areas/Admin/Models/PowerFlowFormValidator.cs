using FluentValidation;
using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>Runs <see cref="FlowRules"/> on the rows; each problem is reported on the row of the step it names.</summary>
public sealed class PowerFlowFormValidator : AbstractValidator<PowerFlowForm>
{
    public PowerFlowFormValidator()
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            var (flow, rows) = form.ToDefinition();
            foreach (var problem in FlowRules.Check(flow))
            {
                var property = problem.StepIndex is { } i ? $"Steps[{rows[i]}]" : "";
                context.AddFailure(new FluentValidation.Results.ValidationFailure(property, problem.Message));
            }
        });
    }
}
