using System.Text.RegularExpressions;
using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

/// <summary>A citizen writes to the bureau (我要留言) and follows the letter with its tracking code (留言查询).</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Citizen_corrects_the_feedback_form_gets_a_tracking_code_and_looks_the_letter_up() => portal.RunJourneyAsync(async journey =>
    {
        const string subject = "建议专利代办处周六上午开放受理窗口";
        const string body = "工作日难以请假办理专利费用减缴备案,建议每周六上午开放一个受理窗口。";
        var citizen = await journey.CitizenAsync();
        var form = await FeedbackFormPage.OpenAsync(citizen);

        // Everything but the letter itself: the form comes back with the message in Chinese, and what was typed.
        await form.Category("建议").CheckAsync();
        await form.Subject.FillAsync(subject);
        await form.Name.FillAsync("王女士");
        await form.Phone.FillAsync("0451-82621234");
        form = await form.SubmitExpectingErrorsAsync();
        await Expect(form.FieldError("Body")).ToHaveTextAsync("请填写留言内容");
        await Expect(form.ErrorSummaryLinks).ToHaveTextAsync(["请填写留言内容"]);
        await Expect(form.Body).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Category("建议")).ToBeCheckedAsync();
        await Expect(form.Subject).ToHaveValueAsync(subject);
        await Expect(form.Name).ToHaveValueAsync("王女士");
        await Expect(form.Phone).ToHaveValueAsync("0451-82621234");

        await form.Body.FillAsync(body);
        var submitted = await form.SubmitAsync();
        await Expect(submitted.Heading).ToHaveTextAsync("留言已提交");
        await Expect(submitted.TrackingCode).ToHaveTextAsync(new Regex(@"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        var code = await submitted.TrackingCode.InnerTextAsync();

        var query = await submitted.GoToQueryAsync();
        var status = await query.LookUpAsync(code.ToLowerInvariant());
        await Expect(status.Heading).ToHaveTextAsync("留言办理情况");
        await Expect(status.Details).ToContainTextAsync(code);
        await Expect(status.Details).ToContainTextAsync(subject);
        await Expect(status.Status).ToHaveTextAsync("已收到,待办理");
    });
}
