using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>保密审查 (/admin/review): submitted editions waiting for a confidentiality review.</summary>
public sealed class ReviewQueuePage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<ReviewQueuePage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("review-queue", url => PathIs(url, "/admin/review"), v => new ReviewQueuePage(v));

    public ILocator TitleLinks => Page.Locator("main table.data tbody td:first-child a");

    public async Task<ReviewPage> OpenAsync(string title)
    {
        await TitleLinks.GetByText(title, new() { Exact = true }).ClickAsync();
        return await ReviewPage.ArriveAsync(Visitor);
    }
}

/// <summary>One submitted edition under review (/admin/review/{id}): the content, its attachments and the attestation form.</summary>
public sealed class ReviewPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<ReviewPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("review", url => url.AbsolutePath.StartsWith("/admin/review/", StringComparison.Ordinal), v => new ReviewPage(v));

    public ILocator AttachmentLinks => Page.Locator("main ul.attachments a");
    public ILocator Reason => Page.GetByLabel("理由或审查意见");

    /// <summary>Attests 不涉密,同意公开 and submits: the edition goes to the leaders for sign-off.</summary>
    public async Task<ReviewQueuePage> PassAsync()
    {
        await Page.GetByRole(AriaRole.Radio, new() { Name = "不涉密,同意公开" }).CheckAsync();
        return await DecideAsync();
    }

    /// <summary>Marks the edition 涉密 with a reason: it can never be published.</summary>
    public async Task<ReviewQueuePage> MarkClassifiedAsync(string reason)
    {
        await Page.GetByRole(AriaRole.Radio, new() { Name = "涉密(标记后永不发布)" }).CheckAsync();
        await Reason.FillAsync(reason);
        return await DecideAsync();
    }

    async Task<ReviewQueuePage> DecideAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交审查结论" }).ClickAsync();
        return await ReviewQueuePage.ArriveAsync(Visitor);
    }
}
