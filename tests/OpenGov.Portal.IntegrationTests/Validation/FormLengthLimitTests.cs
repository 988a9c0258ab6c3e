using System.ComponentModel.DataAnnotations;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Validation;

/// <summary>
/// Every length limit of a form (FluentValidation MaximumLength/Length, [StringLength]/[MaxLength]) is the
/// HasMaxLength of the column the value is stored in, so over-long input is a validation message,
/// never a database error. Found by reflection over the validators and the EF model; the table below
/// says where each field is stored when the names differ, and which fields are never stored.
/// </summary>
public sealed class FormLengthLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Form field → entity property it is stored in (the same name unless written otherwise).</summary>
    static readonly Dictionary<string, string> Stored = new()
    {
        ["FeedbackForm.Name"] = "FeedbackLetter.Name",
        ["FeedbackForm.Subject"] = "FeedbackLetter.Subject",
        ["FeedbackForm.Body"] = "FeedbackLetter.Body",
        ["FeedbackForm.Phone"] = "FeedbackLetter.Phone",
        ["FeedbackForm.Email"] = "FeedbackLetter.Email",
        // A person's name or an organisation's name: both go into applicant_name.
        ["ApplicationForm.Name"] = "DisclosureApplication.ApplicantName",
        ["ApplicationForm.OrganisationName"] = "DisclosureApplication.ApplicantName",
        ["ApplicationForm.IdNumber"] = "DisclosureApplication.IdNumber",
        ["ApplicationForm.LegalRepresentative"] = "DisclosureApplication.LegalRepresentative",
        ["ApplicationForm.ContactName"] = "DisclosureApplication.ContactName",
        ["ApplicationForm.Phone"] = "DisclosureApplication.Phone",
        ["ApplicationForm.Email"] = "DisclosureApplication.Email",
        ["ApplicationForm.Address"] = "DisclosureApplication.Address",
        ["ApplicationForm.Description"] = "DisclosureApplication.Description",
        ["ApplicationForm.Purpose"] = "DisclosureApplication.Purpose",
        ["TrackingForm.CorrectionText"] = "DisclosureApplication.CorrectionText",
        ["CorrectionRequestForm.Request"] = "DisclosureApplication.CorrectionRequest",
        ["CorrectionReceivedForm.Text"] = "DisclosureApplication.CorrectionText",
        ["ExtensionForm.Reason"] = "DisclosureApplication.ExtensionReason",
        ["AnswerForm.Text"] = "DisclosureApplication.AnswerText",
        ["AnswerForm.LegalBasis"] = "DisclosureApplication.LegalBasis",
        ["AnswerForm.ReferredBody"] = "DisclosureApplication.ReferredBody",
        ["AnswerForm.WhereToFind"] = "DisclosureApplication.WhereToFind",
        ["ConsultationForm.ThirdParty"] = "ThirdPartyConsultation.ThirdParty",
        ["ConsultationEndForm.Note"] = "ThirdPartyConsultation.Note",
        ["ReplyForm.Text"] = "FeedbackLetter.ReplyText",
        ["ReasonForm.Reason"] = "FeedbackLetter.InvalidReason",
        ["PublishReplyForm.PublicSubject"] = "FeedbackLetter.PublicSubject",
        ["PublishReplyForm.PublicBody"] = "FeedbackLetter.PublicBody",
        ["PublishReplyForm.Note"] = "FeedbackLetter.ReviewNote",
        ["SurveyForm.Title"] = "Edition.Title",
        ["SurveyForm.Intro"] = "Survey.Intro",
        ["QuestionForm.Text"] = "SurveyQuestion.Text",
        ["CalendarForm.Name"] = "CalendarDay.Name",
        ["BlockedWordForm.Word"] = "BlockedWord.Word",
        ["EditionForm.Title"] = "Edition.Title",
        ["EditionForm.Summary"] = "Edition.Summary",
        ["EditionForm.Body"] = "Edition.BodyHtml",
        ["EditionForm.DocumentNumber"] = "Edition.DocumentNumber",
        ["EditionForm.Topic"] = "Edition.Topic",
        ["EditionForm.ChangeNote"] = "Edition.ChangeNote",
        ["ReviewForm.Reason"] = "Edition.ReturnReason",
        ["SignOffForm.Reason"] = "Edition.ReturnReason",
        ["WithdrawForm.PublicReason"] = "Publication.WithdrawalReason",
        ["BudgetExplanationForm.ChangeNote"] = "Edition.ChangeNote",
        ["BudgetLineInput.Name"] = "BudgetLine.Name",
        ["BudgetLineInput.Code"] = "BudgetLine.Code",
        ["BudgetLineInput.Section"] = "BudgetLine.Section",
        ["PowerForm.Code"] = "PowerItem.Code",
        ["PowerForm.Name"] = "PowerItem.Name",
        ["PowerForm.ImplementingBody"] = "PowerItem.ImplementingBody",
        ["PowerForm.StatutoryTimeLimit"] = "PowerItem.StatutoryTimeLimit",
        ["PowerForm.PromisedTimeLimit"] = "PowerItem.PromisedTimeLimit",
        ["PowerForm.FeeBasis"] = "PowerItem.FeeBasis",
        ["PowerForm.Responsibilities"] = "PowerItem.Responsibilities",
        ["PowerForm.Accountability"] = "PowerItem.Accountability",
        ["PowerForm.ContactPhone"] = "PowerItem.ContactPhone",
        ["PowerForm.ComplaintPhone"] = "PowerItem.ComplaintPhone",
        ["PowerForm.ChangeNote"] = "Edition.ChangeNote",
        ["LegalBasisRow.LawName"] = "LegalBasis.LawName",
        ["LegalBasisRow.Article"] = "LegalBasis.Article",
        ["LegalBasisRow.Text"] = "LegalBasis.Text",
        ["AnnualReportForm.Overall"] = "AnnualReport.OverallText",
        ["AnnualReportForm.Problems"] = "AnnualReport.ProblemsText",
        ["AnnualReportForm.Other"] = "AnnualReport.OtherText",
        ["UserForm.UserName"] = "StaffUser.UserName",
        ["UserForm.DisplayName"] = "StaffUser.DisplayName",
    };

    /// <summary>Stored after a transformation that can only lengthen the text: the column must hold the worst case.</summary>
    static readonly Dictionary<string, (string Column, int Expansion, string Why)> Transformed = new()
    {
        // Each character may become an HTML entity (&quot; is 6) and each line a <p>…</p>.
        ["BudgetExplanationForm.Text"] = ("Edition.BodyHtml", 7, "plain text turned into HTML paragraphs (BudgetText.ToHtml)"),
    };

    /// <summary>Limited but never stored as typed.</summary>
    static readonly Dictionary<string, string> NotStored = new()
    {
        ["LoginForm.UserName"] = "compared with the account, not stored",
        ["LoginForm.Password"] = "hashed by Identity",
        ["LoginForm.ReturnUrl"] = "a redirect target",
        ["ChangePasswordForm.CurrentPassword"] = "hashed by Identity",
        ["ChangePasswordForm.NewPassword"] = "hashed by Identity",
        ["TwoFactorCodeForm.RecoveryCode"] = "compared with Identity's hashed codes",
        ["TwoFactorCodeForm.ReturnUrl"] = "a redirect target",
        ["AuditFilter.Actor"] = "a search filter",
        ["AuditFilter.Operation"] = "a search filter",
        ["AuditFilter.EntityType"] = "a search filter",
        ["AuditFilter.EntityId"] = "a search filter",
        ["QuestionForm.Options"] = "split into one SurveyOption row per line; each line is checked against SurveyOption.TextMax (asserted below)",
    };

    [Fact]
    public async Task Every_form_length_limit_is_the_max_length_of_the_column_it_is_stored_in()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var model = db.GetService<IDesignTimeModel>().Model;
        var limits = FormLimits(scope.ServiceProvider).ToList();
        Assert.True(limits.Count > 50, $"only {limits.Count} limits found: the reflection no longer sees the validators");

        var problems = new List<string>();
        var byField = new Dictionary<string, int>();
        foreach (var (field, max) in limits)
        {
            if (byField.TryGetValue(field, out var other) && other != max) problems.Add($"{field} has two limits, {other} and {max}");
            byField[field] = max;
        }

        var feeders = new Dictionary<string, List<(string Field, int Max)>>();
        foreach (var (field, max) in byField)
        {
            if (Stored.TryGetValue(field, out var column))
            {
                if (!feeders.TryGetValue(column, out var list)) feeders[column] = list = [];
                list.Add((field, max));
            }
            else if (Transformed.TryGetValue(field, out var t))
            {
                var columnMax = ColumnMax(model, t.Column, problems);
                if (columnMax is not null && (long)max * t.Expansion > columnMax)
                    problems.Add($"{field} allows {max} characters, {t.Why} can reach {(long)max * t.Expansion}, but {t.Column} holds {columnMax}");
            }
            else if (!NotStored.ContainsKey(field))
                problems.Add($"{field} (max {max}) is not in the table of FormLengthLimitTests: say which column stores it, or that it is never stored");
        }

        foreach (var (column, fields) in feeders)
        {
            var columnMax = ColumnMax(model, column, problems);
            if (columnMax is null) continue;
            foreach (var (field, max) in fields.Where(f => f.Max > columnMax))
                problems.Add($"{field} allows {max} characters but {column} holds {columnMax}: over-long input would be a database error");
            var widest = fields.Max(f => f.Max);
            if (widest != columnMax)
                problems.Add($"{column} holds {columnMax} but the form{(fields.Count > 1 ? "s" : "")} storing in it allow{(fields.Count > 1 ? "" : "s")} at most {widest} ({string.Join(", ", fields.Select(f => f.Field))}): make them the same constant");
        }

        foreach (var stale in Stored.Keys.Concat(Transformed.Keys).Concat(NotStored.Keys).Where(k => !byField.ContainsKey(k)))
            problems.Add($"{stale} is in the table but no validator limits it any more");

        Assert.Equal(Portal.Domain.Participation.SurveyOption.TextMax, ColumnMax(model, "SurveyOption.Text", problems));
        Assert.Empty(problems);
    }

    static int? ColumnMax(IModel model, string column, List<string> problems)
    {
        var (entity, property) = (column.Split('.')[0], column.Split('.')[1]);
        var type = model.GetEntityTypes().SingleOrDefault(t => t.ClrType.Name == entity);
        var max = type?.FindProperty(property)?.GetMaxLength();
        if (max is null) problems.Add($"{column} is not a string column with HasMaxLength");
        return max;
    }

    /// <summary>"Form.Property" → max length, from every validator in the portal (child rules included) and every length attribute on a form model.</summary>
    static IEnumerable<(string Field, int Max)> FormLimits(IServiceProvider services)
    {
        var types = typeof(PortalDbContext).Assembly.GetTypes();
        foreach (var type in types.Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t)))
            foreach (var limit in ValidatorLimits((IValidator)ActivatorUtilities.CreateInstance(services, type)))
                yield return limit;

        foreach (var type in types.Where(t => t.Namespace?.Contains(".Models", StringComparison.Ordinal) == true))
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetCustomAttribute<StringLengthAttribute>() is { } sl) yield return ($"{type.Name}.{p.Name}", sl.MaximumLength);
                if (p.GetCustomAttribute<MaxLengthAttribute>() is { } ml) yield return ($"{type.Name}.{p.Name}", ml.Length);
            }
    }

    static IEnumerable<(string Field, int Max)> ValidatorLimits(IValidator validator)
    {
        var form = validator.GetType().BaseType!.GetGenericArguments()[0];
        foreach (var rule in validator.CreateDescriptor().Rules)
            foreach (var component in rule.Components)
            {
                if (component.Validator is ILengthValidator { Max: > 0 } length)
                    yield return ($"{form.Name}.{rule.PropertyName}", length.Max);
                else if (component.Validator.GetType() is { IsGenericType: true } adaptor && adaptor.GetGenericTypeDefinition() == typeof(ChildValidatorAdaptor<,>))
                {
                    var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(form), [null]);
                    if (adaptor.GetMethod("GetValidator")!.Invoke(component.Validator, [context, null]) is IValidator child)
                        foreach (var limit in ValidatorLimits(child)) yield return limit;
                }
            }
    }
}
