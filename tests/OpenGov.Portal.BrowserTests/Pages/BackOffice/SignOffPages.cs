using System.Globalization;
using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>领导签发 (/admin/signoff): reviewed editions waiting, scheduled ones, and the latest published.</summary>
public sealed class SignOffQueuePage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<SignOffQueuePage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("signoff-queue", url => PathIs(url, "/admin/signoff"), v => new SignOffQueuePage(v));

    public ILocator Waiting => Page.GetByRole(AriaRole.Region, new() { Name = "待签发" }).Locator("tbody tr");
    public ILocator Scheduled => Page.GetByRole(AriaRole.Region, new() { Name = "定时发布" }).Locator("tbody tr");
    public ILocator Published => Page.GetByRole(AriaRole.Region, new() { Name = "最近发布" }).Locator("tbody tr");

    public async Task<SignOffPage> OpenAsync(string title)
    {
        await Waiting.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        return await SignOffPage.ArriveAsync(Visitor);
    }
}

/// <summary>One reviewed edition (/admin/signoff/{id}): publish now, schedule (China Standard Time) or return.</summary>
public sealed class SignOffPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<SignOffPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("signoff", url => url.AbsolutePath.StartsWith("/admin/signoff/", StringComparison.Ordinal), v => new SignOffPage(v));

    public ILocator ScheduleAt => Page.GetByLabel("定时发布时间(北京时间)");

    public async Task<SignOffQueuePage> PublishNowAsync()
    {
        await Page.GetByRole(AriaRole.Radio, new() { Name = "同意,立即发布" }).CheckAsync();
        return await DecideAsync();
    }

    /// <summary>Chooses 定时发布 and types the time as a leader in China would read it on a clock (CST, minutes).</summary>
    public async Task<SignOffQueuePage> ScheduleAsync(DateTime chinaStandardTime)
    {
        await Page.GetByRole(AriaRole.Radio, new() { Name = "同意,定时发布" }).CheckAsync();
        await ScheduleAt.FillAsync(chinaStandardTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        return await DecideAsync();
    }

    async Task<SignOffQueuePage> DecideAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交签发意见" }).ClickAsync();
        return await SignOffQueuePage.ArriveAsync(Visitor);
    }
}
