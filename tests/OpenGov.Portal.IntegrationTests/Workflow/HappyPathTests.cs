using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>The workflow end to end through the back-office forms, as the people who use it.</summary>
public sealed class HappyPathTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Author_drafts_with_attachment_reviewer_passes_leader_publishes_and_a_citizen_sees_it_with_its_index_number()
    {
        var author = factory.CreateClientAs("author");
        var id = await factory.DraftAsync(author, "关于开展2026年知识产权宣传周活动的通知", body: "<p class=MsoNormal style='mso-x:1'>宣传周<b>正文</b><script>alert(1)</script></p>");

        var upload = await author.FillAndSubmitAsync($"/admin/editions/{id}/attachments/new",
            file: new BrowserForms.Upload("file", "活动安排.pdf", DemoFiles.Pdf("Schedule")));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitForReviewAsync(id)).StatusCode);
        Assert.Equal(EditionStatus.Submitted, (await factory.EditionAsync(id)).Status);

        var reviewer = factory.CreateClientAs("reviewer");
        var reviewPage = await reviewer.GetDocumentAsync($"/admin/review/{id}");
        Assert.Contains("活动安排.pdf", reviewPage.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.ReviewAsync(id, "Pass")).StatusCode);
        Assert.Equal(EditionStatus.Reviewed, (await factory.EditionAsync(id)).Status);

        var leader = factory.CreateClientAs("leader");
        var published = await leader.SignOffAsync(id, "PublishNow");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Matches(@"^11230000MB0000000X/\d{4}-\d{5}$", edition.Publication.IndexNumber);

        var citizen = factory.CreateAnonymousClient();
        var page = await citizen.GetDocumentAsync($"/items/{edition.PublicationId}");
        Assert.Equal("关于开展2026年知识产权宣传周活动的通知", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(edition.Publication.IndexNumber, page.QuerySelector(".index-number")!.TextContent);
        var body = page.QuerySelector(".item-body")!.InnerHtml;
        Assert.Contains("<p>宣传周<b>正文</b></p>", body);
        Assert.DoesNotContain("script", body);
        var link = page.QuerySelector(".attachments a")!;
        Assert.Equal("活动安排.pdf", link.TextContent);
        var file = await citizen.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", await file.Content.ReadAsStringAsync());

        var actions = await factory.QueryAsync(db => db.AuditRecords.Where(a => a.EntityType == "Edition" && a.EntityId == id.ToString())
            .OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["attachment.upload", "edition.submit", "edition.passreview", "edition.publish"], actions);
    }

    [Fact]
    public async Task A_returned_draft_shows_the_reason_and_can_be_corrected_and_resubmitted()
    {
        var author = factory.CreateClientAs("author");
        var reviewer = factory.CreateClientAs("reviewer");
        var leader = factory.CreateClientAs("leader");
        var id = await factory.DraftAsync(author, "退回重提测试");
        await author.SubmitForReviewAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.ReviewAsync(id, "Return", "请补充文号")).StatusCode);
        var dashboard = await author.GetDocumentAsync("/admin");
        Assert.Contains("退回重提测试", dashboard.QuerySelector("#list-returned")!.TextContent);
        Assert.Contains("请补充文号", (await author.GetDocumentAsync($"/admin/editions/{id}")).QuerySelector("main")!.TextContent);

        var edit = await author.FillAndSubmitAsync($"/admin/editions/{id}/edit", new Dictionary<string, string> { ["DocumentNumber"] = "黑知发〔2026〕9号" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await author.SubmitForReviewAsync(id);
        await reviewer.ReviewAsync(id, "Pass");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SignOffAsync(id, "Return", "标题请再斟酌")).StatusCode);
        Assert.Equal(EditionStatus.Returned, (await factory.EditionAsync(id)).Status);

        await author.FillAndSubmitAsync($"/admin/editions/{id}/edit", new Dictionary<string, string> { ["Title"] = "退回重提测试(修改后)" });
        await author.SubmitForReviewAsync(id);
        await reviewer.ReviewAsync(id, "Pass");
        await leader.SignOffAsync(id, "PublishNow");
        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Published, edition.Status);
        Assert.Equal("黑知发〔2026〕9号", edition.DocumentNumber);
        Assert.Equal("退回重提测试(修改后)", edition.Publication.Title);
    }

    [Fact]
    public async Task A_new_edition_needs_a_change_note_the_reviewer_sees_the_diff_and_the_old_edition_stays_live_until_the_new_one_is_published()
    {
        var pubId = await factory.PublishAsync("修订流程测试原标题", "policies", "<p>第一条 原有内容。</p>");
        var author = factory.CreateClientAs("author");
        var liveEditionId = await factory.QueryAsync(db => db.Publications.Where(p => p.Id == pubId).Select(p => p.LiveEditionId!.Value).SingleAsync());
        Assert.NotNull((await author.GetDocumentAsync($"/admin/editions/{liveEditionId}")).QuerySelector($"a[href='/admin/editions/revise/{pubId}']"));

        var noNote = await author.FillAndSubmitAsync($"/admin/editions/revise/{pubId}", new Dictionary<string, string> { ["Title"] = "修订流程测试新标题" });
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        var form = await Html.ParseAsync(noNote);
        Assert.Equal("修订已发布的信息须填写修订说明", form.FieldError("ChangeNote"));
        Assert.Equal("修订流程测试新标题", form.QuerySelector("input[name=Title]")!.GetAttribute("value"));

        var created = await author.FillAndSubmitAsync($"/admin/editions/revise/{pubId}", new Dictionary<string, string>
        {
            ["Title"] = "修订流程测试新标题", ["Body"] = "<p>第一条 修订后的内容。</p>", ["ChangeNote"] = "修改第一条",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var newId = WorkflowSteps.EditionIdFrom(created);
        await author.SubmitForReviewAsync(newId);

        var citizen = factory.CreateAnonymousClient();
        Assert.Equal("修订流程测试原标题", (await citizen.GetDocumentAsync($"/items/{pubId}")).QuerySelector("h1")!.TextContent);

        var review = await factory.CreateClientAs("reviewer").GetDocumentAsync($"/admin/review/{newId}");
        var diff = review.QuerySelector(".comparison")!;
        Assert.Contains(diff.QuerySelectorAll("del"), d => d.TextContent.Contains('原'));
        Assert.Contains(diff.QuerySelectorAll("ins"), i => i.TextContent.Contains('新'));
        Assert.Contains(diff.QuerySelectorAll("ins"), i => i.TextContent.Contains("修订后的"));

        await factory.CreateClientAs("reviewer").ReviewAsync(newId, "Pass");
        await factory.CreateClientAs("leader").SignOffAsync(newId, "PublishNow");
        var page = await citizen.GetDocumentAsync($"/items/{pubId}");
        Assert.Equal("修订流程测试新标题", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("修改第一条", page.QuerySelector(".history")!.TextContent);
        Assert.Equal(EditionStatus.Superseded, (await factory.EditionAsync(liveEditionId)).Status);
    }

    [Fact]
    public async Task An_interpretation_is_linked_to_the_policy_document_it_interprets()
    {
        var policyId = await factory.QueryAsync(db => db.Publications.Where(p => p.Kind == PublicationKind.PolicyDocument && p.LiveEditionId != null)
            .Select(p => p.Id).FirstAsync());
        var author = factory.CreateClientAs("author");
        var fields = WorkflowSteps.Draft("解读关联测试");
        fields["Kind"] = "Interpretation";
        fields["ColumnId"] = (await WorkflowSteps.ColumnIdAsync(factory, "interpretations")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["InterpretsId"] = "";
        var missing = await Html.ParseAsync(await author.FillAndSubmitAsync("/admin/editions/new", fields));
        Assert.Equal("请选择所解读的政策文件", missing.FieldError("InterpretsId"));

        fields["InterpretsId"] = policyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = WorkflowSteps.EditionIdFrom(await author.FillAndSubmitAsync("/admin/editions/new", fields));
        await author.SubmitForReviewAsync(id);
        await factory.CreateClientAs("reviewer").ReviewAsync(id, "Pass");
        await factory.CreateClientAs("leader").SignOffAsync(id, "PublishNow");
        var edition = await factory.EditionAsync(id);
        Assert.Equal(policyId, edition.Publication.InterpretsId);
        var page = await factory.CreateAnonymousClient().GetDocumentAsync($"/items/{edition.PublicationId}");
        Assert.NotNull(page.QuerySelector($"a[href='/items/{policyId}']"));
    }
}

/// <summary>Kinds with structured data (budgets…) keep their own editors; review and sign-off show their details through a view component.</summary>
public sealed class KindSpecificTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_budget_is_edited_in_its_own_editor_and_its_tables_show_on_the_review_and_sign_off_pages()
    {
        var budget = await factory.QueryAsync(db => db.Editions.Where(e => e.Publication.Kind == PublicationKind.Budget).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.PublicationId }).FirstAsync());
        var author = factory.CreateClientAs("author");
        var list = await author.GetDocumentAsync("/admin/editions");
        Assert.Contains(list.QuerySelectorAll("table.data a"), a => a.GetAttribute("href") == $"/admin/budgets/editions/{budget.Id}");
        var edit = await author.GetAsync($"/admin/editions/{budget.Id}/edit");
        Assert.Equal($"/admin/budgets/editions/{budget.Id}", edit.Headers.Location!.OriginalString);

        var review = await factory.CreateClientAs("reviewer").GetDocumentAsync($"/admin/review/{budget.Id}");
        Assert.NotNull(review.QuerySelector(".kind-details table"));
        var signOff = await factory.CreateClientAs("leader").GetDocumentAsync($"/admin/signoff/{budget.Id}");
        Assert.NotNull(signOff.QuerySelector(".kind-details table"));
        var article = await factory.QueryAsync(db => db.Editions.Where(e => e.Publication.Kind == PublicationKind.Article).Select(e => e.Id).FirstAsync());
        Assert.Null((await factory.CreateClientAs("reviewer").GetDocumentAsync($"/admin/review/{article}")).QuerySelector(".kind-details"));
    }
}
