using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>One published item: catalogue metadata (索引号…), body, attachments.</summary>
public sealed class ItemPage(Visitor visitor) : PublicPage(visitor)
{
    public static async Task<ItemPage> OpenAsync(Visitor visitor, int id)
    {
        await visitor.GotoAsync($"/items/{id}");
        return await ArriveAsync(visitor);
    }

    public static Task<ItemPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("item", url => PathStartsWith(url, "/items/"), v => new ItemPage(v));

    public ILocator IndexNumber => Page.Locator("table.catalogue-meta td.index-number");
    public ILocator Body => Page.Locator("div.item-body");
    public ILocator AttachmentLinks => Page.GetByRole(AriaRole.Region, new() { Name = "附件", Exact = true }).GetByRole(AriaRole.Link);
    public ILocator Breadcrumb => Page.GetByRole(AriaRole.Navigation, new() { Name = "当前位置" });

    /// <summary>Clicks an attachment link and returns the finished download.</summary>
    public async Task<IDownload> DownloadAttachmentAsync(string fileName) =>
        await Page.RunAndWaitForDownloadAsync(() => AttachmentLinks.GetByText(fileName, new() { Exact = true }).ClickAsync());
}
