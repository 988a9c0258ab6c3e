using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

public sealed class AttachmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    async Task<(HttpClient Author, int EditionId)> DraftAsync(string title)
    {
        var author = factory.CreateClientAs("author");
        return (author, await factory.DraftAsync(author, title));
    }

    static Task<HttpResponseMessage> UploadAsync(HttpClient client, int editionId, string fileName, byte[] content) =>
        client.FillAndSubmitAsync($"/admin/editions/{editionId}/attachments/new", file: new BrowserForms.Upload("file", fileName, content));

    async Task<int> AttachmentCountAsync(int editionId) => await factory.QueryAsync(db => db.Attachments.CountAsync(a => a.EditionId == editionId));

    [Theory]
    [InlineData("报告.pdf", "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0PE executable")]
    [InlineData("报告.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")]
    [InlineData("照片.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("表格.xlsx", "PK\u0003\u0004 not really a zip")]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused(string fileName, string content)
    {
        var (author, id) = await DraftAsync("附件伪装测试");
        var response = await UploadAsync(author, id, fileName, Encoding.Latin1.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("不是有效的", page.FieldError("file"));
        Assert.Equal(0, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task A_real_file_with_the_wrong_extension_is_refused()
    {
        var (author, id) = await DraftAsync("扩展名不符测试");
        var response = await UploadAsync(author, id, "通知.pdf", DemoFiles.Docx("其实是 Word"));
        Assert.Contains("内容是 Word 文件,与扩展名不符", (await Html.ParseAsync(response)).FieldError("file"));
        Assert.Equal(0, await AttachmentCountAsync(id));
    }

    [Theory]
    [InlineData("程序.exe")]
    [InlineData("网页.html")]
    [InlineData("脚本.js")]
    public async Task Other_file_types_are_refused_by_name(string fileName)
    {
        var (author, id) = await DraftAsync("类型不支持测试");
        var response = await UploadAsync(author, id, fileName, DemoFiles.Pdf("x"));
        Assert.Contains("不支持该文件类型", (await Html.ParseAsync(response)).FieldError("file"));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_message()
    {
        var (author, id) = await DraftAsync("附件过大测试");
        var justOver = new byte[20 * 1024 * 1024 + 1];
        "%PDF-1.4\n"u8.CopyTo(justOver);
        var response = await UploadAsync(author, id, "大文件.pdf", justOver);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("文件过大:单个附件不能超过 20 MB", (await Html.ParseAsync(response)).FieldError("file"));

        // Far over: refused before the body is read, and sent back to the form with the message.
        var farOver = new byte[23 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(farOver);
        var early = await UploadAsync(author, id, "更大的文件.pdf", farOver);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        var form = await author.GetDocumentAsync(early.Headers.Location!.OriginalString);
        Assert.Contains("文件过大:单个附件不能超过 20 MB", form.QuerySelector(".flash-err")!.TextContent);
        Assert.Equal(0, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task Every_accepted_type_is_stored_and_staff_can_download_it_but_not_the_public_before_publication()
    {
        var (author, id) = await DraftAsync("附件类型测试");
        var files = new Dictionary<string, byte[]>
        {
            ["a.pdf"] = DemoFiles.Pdf("a"),
            ["b.docx"] = DemoFiles.Docx("b"),
            ["c.xlsx"] = DemoFiles.Xlsx("c", [["1"]]),
            ["d.doc"] = OleFile("WordDocument"),
            ["e.xls"] = OleFile("Workbook"),
            ["f.png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
            ["g.jpg"] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10],
            ["h.gif"] = "GIF89a\u0001\0\u0001\0"u8.ToArray(),
        };
        foreach (var (name, content) in files)
            Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(author, id, name, content)).StatusCode);

        var stored = await factory.QueryAsync(db => db.Attachments.Where(a => a.EditionId == id).OrderBy(a => a.SortOrder).ToListAsync());
        Assert.Equal(files.Keys, stored.Select(a => a.FileName));
        Assert.Equal("application/msword", stored.Single(a => a.FileName == "d.doc").ContentType);
        Assert.Equal(files.Count, await factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == "attachment.upload" && a.EntityId == id.ToString())));

        var pdf = stored[0];
        foreach (var staff in new[] { "author", "reviewer", "leader" })
        {
            var download = await factory.CreateClientAs(staff).GetAsync($"/admin/attachments/{pdf.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("author2").GetAsync($"/admin/attachments/{pdf.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("admin").GetAsync($"/admin/attachments/{pdf.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync($"/attachments/{pdf.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_attachment_is_deleted_after_a_confirmation_page_and_only_while_the_edition_is_editable()
    {
        var (author, id) = await DraftAsync("附件删除测试");
        await UploadAsync(author, id, "删除我.pdf", DemoFiles.Pdf("delete me"));
        await UploadAsync(author, id, "保留.pdf", DemoFiles.Pdf("keep me"));
        var attachment = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.EditionId == id && a.FileName == "删除我.pdf"));

        var confirm = await author.GetDocumentAsync($"/admin/attachments/{attachment.Id}/delete");
        Assert.Contains("删除我.pdf", confirm.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await author.FillAndSubmitAsync($"/admin/attachments/{attachment.Id}/delete")).StatusCode);
        Assert.Equal(1, await AttachmentCountAsync(id));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == "attachment.delete" && a.EntityId == id.ToString())));

        await author.SubmitForReviewAsync(id);
        var kept = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.EditionId == id));
        var token = await author.AntiforgeryTokenAsync("/admin/editions/new");
        var version = (await factory.EditionAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await author.PostAsync($"/admin/attachments/{kept.Id}/delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = version }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能修改", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task A_citizen_downloads_a_demo_attachment_as_a_file_not_a_page()
    {
        var link = await factory.QueryAsync(db => (from a in db.Attachments
                                                   join p in db.Publications on a.EditionId equals p.LiveEditionId
                                                   where a.FileName.EndsWith(".pdf")
                                                   select p.Id).FirstAsync());
        var citizen = factory.CreateAnonymousClient();
        var page = await citizen.GetDocumentAsync($"/items/{link}");
        var href = page.QuerySelector(".attachments a")!.GetAttribute("href")!;
        var response = await citizen.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5]);

        var xlsx = await factory.QueryAsync(db => db.Attachments.CountAsync(a => a.FileName.EndsWith(".xlsx")));
        Assert.True(xlsx >= 1);
    }

    static byte[] OleFile(string stream)
    {
        var data = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(data, 0);
        Encoding.Unicode.GetBytes("Root Entry\0").CopyTo(data, 512);
        Encoding.Unicode.GetBytes(stream + "\0").CopyTo(data, 640);
        return data;
    }
}
