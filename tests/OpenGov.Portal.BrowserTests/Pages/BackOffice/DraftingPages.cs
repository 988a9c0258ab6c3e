using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>信息起草 (/admin/editions): the department's documents, newest first.</summary>
public sealed class DraftsPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<DraftsPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("drafts", url => PathIs(url, "/admin/editions"), v => new DraftsPage(v));

    public ILocator Row(string title) => Page.Locator("main table.data tbody tr").Filter(new() { HasText = title });

    public async Task<EditionFormPage> NewItemAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "起草信息", Exact = true }).ClickAsync();
        return await EditionFormPage.ArriveAsync(Visitor);
    }
}

/// <summary>The drafting form (/admin/editions/new, /admin/editions/{id}/edit). The body is the rich-text editor (body-editor.js).</summary>
public sealed class EditionFormPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<EditionFormPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("edition-form", url => PathIs(url, "/admin/editions/new") || url.AbsolutePath.EndsWith("/edit", StringComparison.Ordinal),
            v => new EditionFormPage(v));

    public ILocator Column => Page.GetByLabel("栏目", new() { Exact = true });
    public ILocator Title => Page.GetByLabel("标题", new() { Exact = true });
    public ILocator Body => Page.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true });
    public ILocator Topic => Page.GetByLabel("主题分类");

    /// <summary>Fills what every item needs: column, title, body (typed into the editor, one paragraph), topic.</summary>
    public async Task FillAsync(string column, string title, string body, string topic = "知识产权")
    {
        await Column.SelectOptionAsync(new SelectOptionValue { Label = column });
        await Title.FillAsync(title);
        await Body.FillAsync(body);
        await Topic.FillAsync(topic);
    }

    public async Task<EditionPage> SaveDraftAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        return await EditionPage.ArriveAsync(Visitor);
    }
}

/// <summary>One of the department's documents (/admin/editions/{id}): details, attachments, and the author's actions.</summary>
public sealed class EditionPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<EditionPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("edition", url => System.Text.RegularExpressions.Regex.IsMatch(url.AbsolutePath, @"^/admin/editions/\d+$"), v => new EditionPage(v));

    public ILocator Status => Page.Locator("main table.catalogue-meta .status");
    public ILocator AttachmentLinks => Page.Locator("main ul.attachments a:not(.danger-link)");

    public async Task<AttachmentUploadPage> AddAttachmentAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "上传附件" }).ClickAsync();
        return await AttachmentUploadPage.ArriveAsync(Visitor);
    }

    public async Task<EditionPage> SubmitForReviewAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        return await ArriveAsync(Visitor);
    }
}

/// <summary>Attachment upload (/admin/editions/{id}/attachments/new): the file type is decided from the bytes.</summary>
public sealed class AttachmentUploadPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static Task<AttachmentUploadPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("attachment-upload", url => url.AbsolutePath.EndsWith("/attachments/new", StringComparison.Ordinal), v => new AttachmentUploadPage(v));

    public ILocator File => Page.GetByLabel("选择文件");

    /// <summary>Chooses a file (as if picked in the file dialog) and uploads it; back on the edition with a flash message.</summary>
    public async Task<EditionPage> UploadAsync(string fileName, string mimeType, byte[] data)
    {
        await File.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = data });
        await Page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        return await EditionPage.ArriveAsync(Visitor);
    }
}
