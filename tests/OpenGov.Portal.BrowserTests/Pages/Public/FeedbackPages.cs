using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>我要留言 (/feedback/new): a letter to the bureau; the writer gets a tracking code.</summary>
public sealed class FeedbackFormPage(Visitor visitor) : PublicPage(visitor)
{
    public static async Task<FeedbackFormPage> OpenAsync(Visitor visitor)
    {
        await visitor.GotoAsync("/feedback/new");
        return await ArriveAsync(visitor);
    }

    public static Task<FeedbackFormPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("feedback-form", url => PathIs(url, "/feedback/new"), v => new FeedbackFormPage(v));

    public ILocator Category(string name) => Page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });
    public ILocator Subject => Page.GetByLabel("标题", new() { Exact = true });
    public ILocator Body => Page.GetByLabel("留言内容");
    public ILocator Name => Page.GetByLabel("姓名", new() { Exact = true });
    public ILocator Phone => Page.GetByLabel("联系电话");
    public ILocator Email => Page.GetByLabel("电子邮箱");

    /// <summary>The error summary at the top of a refused form: one link per field to correct.</summary>
    public ILocator ErrorSummary => Page.Locator("main .error-summary");
    public ILocator ErrorSummaryLinks => ErrorSummary.GetByRole(AriaRole.Link);

    /// <summary>The message shown under a field (its element is the field's aria-describedby target).</summary>
    public ILocator FieldError(string fieldId) => Page.Locator($"#{fieldId}-error");

    ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "提交留言" });

    public async Task<FeedbackFormPage> SubmitExpectingErrorsAsync()
    {
        await SubmitButton.ClickAsync();
        return await ArriveAsync(Visitor);
    }

    public async Task<FeedbackSubmittedPage> SubmitAsync()
    {
        await SubmitButton.ClickAsync();
        return await FeedbackSubmittedPage.ArriveAsync(Visitor);
    }
}

/// <summary>/feedback/submitted: shown once, with the tracking code.</summary>
public sealed class FeedbackSubmittedPage(Visitor visitor) : PublicPage(visitor)
{
    public static Task<FeedbackSubmittedPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("feedback-submitted", url => PathIs(url, "/feedback/submitted"), v => new FeedbackSubmittedPage(v));

    public ILocator TrackingCode => Page.Locator("#tracking-code");

    public async Task<FeedbackQueryPage> GoToQueryAsync()
    {
        await Page.Locator("main p").GetByRole(AriaRole.Link, new() { Name = "留言查询" }).ClickAsync();
        return await FeedbackQueryPage.ArriveAsync(Visitor);
    }
}

/// <summary>留言查询 (/feedback/query): look a letter up by its tracking code.</summary>
public sealed class FeedbackQueryPage(Visitor visitor) : PublicPage(visitor)
{
    public static Task<FeedbackQueryPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("feedback-query", url => PathIs(url, "/feedback/query"), v => new FeedbackQueryPage(v));

    public ILocator Code => Page.GetByLabel("查询码");

    public async Task<FeedbackStatusPage> LookUpAsync(string code)
    {
        await Code.FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        return await FeedbackStatusPage.ArriveAsync(Visitor);
    }
}

/// <summary>留言办理情况: the letter's status (and reply, once there is one), answered to the tracking-code form.</summary>
public sealed class FeedbackStatusPage(Visitor visitor) : PublicPage(visitor)
{
    public static Task<FeedbackStatusPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("feedback-status", url => PathIs(url, "/feedback/query"), v => new FeedbackStatusPage(v));

    public ILocator Status => Page.Locator("#letter-status");
    public ILocator Details => Page.Locator("main table.deadline");
}
