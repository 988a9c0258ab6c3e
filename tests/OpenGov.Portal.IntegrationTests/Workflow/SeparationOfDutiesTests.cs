using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>Separation of duties, checked per item on the server, over HTTP.</summary>
public sealed class SeparationOfDutiesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string tokenPage = "/admin")
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    async Task<string> VersionAsync(int id) =>
        (await factory.EditionAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_reviewer_cannot_review_a_draft_they_wrote()
    {
        await factory.CreateStaffAsync("author_reviewer", "zhxt", Roles.Author, Roles.Reviewer);
        var both = factory.CreateClientAs("author_reviewer");
        var id = await factory.DraftAsync(both, "本人审查测试");
        await both.SubmitForReviewAsync(id);

        var page = await both.GetDocumentAsync($"/admin/review/{id}");
        Assert.Contains("须由其他保密审查员审查", page.QuerySelector(".attestation")!.TextContent);
        var response = await PostAsync(both, $"/admin/review/{id}", new() { ["Decision"] = "Pass", ["DisclosureMode"] = "Proactive", ["Version"] = await VersionAsync(id) },
            "/admin/review");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不能审查本人起草或修改的信息", await response.Content.ReadAsStringAsync());
        Assert.Equal(EditionStatus.Submitted, (await factory.EditionAsync(id)).Status);
        Assert.DoesNotContain("本人审查测试", (await both.GetDocumentAsync("/admin")).QuerySelector("#list-review")!.TextContent);
    }

    [Fact]
    public async Task A_leader_cannot_sign_off_an_item_they_reviewed_or_wrote()
    {
        await factory.CreateStaffAsync("reviewer_leader", "zhxt", Roles.Reviewer, Roles.Leader);
        await factory.CreateStaffAsync("author_leader", "zhxt", Roles.Author, Roles.Leader);
        var author = factory.CreateClientAs("author");
        var reviewedBySame = await factory.DraftAsync(author, "本人审查后签发测试");
        await author.SubmitForReviewAsync(reviewedBySame);
        var rl = factory.CreateClientAs("reviewer_leader");
        Assert.Equal(HttpStatusCode.Redirect, (await rl.ReviewAsync(reviewedBySame, "Pass")).StatusCode);

        var signOwnReview = await PostAsync(rl, $"/admin/signoff/{reviewedBySame}",
            new() { ["Decision"] = "PublishNow", ["Version"] = await VersionAsync(reviewedBySame) }, "/admin/signoff");
        Assert.Equal(HttpStatusCode.Conflict, signOwnReview.StatusCode);
        Assert.Contains("不能签发本人审查的信息", await signOwnReview.Content.ReadAsStringAsync());

        var al = factory.CreateClientAs("author_leader");
        var ownDraft = await factory.DraftAsync(al, "本人起草后签发测试");
        await al.SubmitForReviewAsync(ownDraft);
        await factory.CreateClientAs("reviewer").ReviewAsync(ownDraft, "Pass");
        var signOwnDraft = await PostAsync(al, $"/admin/signoff/{ownDraft}",
            new() { ["Decision"] = "Schedule", ["ScheduleAt"] = "2099-01-01T09:00", ["Version"] = await VersionAsync(ownDraft) }, "/admin/signoff");
        Assert.Equal(HttpStatusCode.Conflict, signOwnDraft.StatusCode);
        Assert.Contains("不能签发本人起草或修改的信息", await signOwnDraft.Content.ReadAsStringAsync());

        Assert.Equal(EditionStatus.Reviewed, (await factory.EditionAsync(reviewedBySame)).Status);
        Assert.Equal(EditionStatus.Reviewed, (await factory.EditionAsync(ownDraft)).Status);
    }

    [Fact]
    public async Task An_administrator_cannot_review_or_sign_off()
    {
        var id = await factory.PublishAsync("管理员审批测试", upTo: EditionStatus.Submitted);
        var editionId = (await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Editions, e => e.PublicationId == id))).Id;
        var admin = factory.CreateClientAs("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/admin/review/{editionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/admin/signoff")).StatusCode);
        var post = await PostAsync(admin, $"/admin/review/{editionId}", new() { ["Decision"] = "Pass", ["Version"] = await VersionAsync(editionId) });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        await factory.CreateStaffAsync("admin_reviewer", null, Roles.Administrator, Roles.Reviewer);
        var adminReviewer = factory.CreateClientAs("admin_reviewer");
        var withRole = await PostAsync(adminReviewer, $"/admin/review/{editionId}",
            new() { ["Decision"] = "Pass", ["DisclosureMode"] = "Proactive", ["Version"] = await VersionAsync(editionId) });
        Assert.Equal(HttpStatusCode.Conflict, withRole.StatusCode);
        Assert.Contains("系统管理员不能审批内容", await withRole.Content.ReadAsStringAsync());
        Assert.Equal(EditionStatus.Submitted, (await factory.EditionAsync(editionId)).Status);
    }

    [Fact]
    public async Task An_author_of_another_department_cannot_see_or_change_the_draft()
    {
        var id = await factory.DraftAsync(factory.CreateClientAs("author"), "他处室草稿测试");
        var other = factory.CreateClientAs("author2");
        foreach (var url in new[] { $"/admin/editions/{id}", $"/admin/editions/{id}/edit", $"/admin/editions/{id}/attachments/new" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);

        var fields = WorkflowSteps.Draft("被改掉的标题");
        fields["ColumnId"] = (await WorkflowSteps.ColumnIdAsync(factory, "notices")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Version"] = await VersionAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/admin/editions/{id}/edit", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/admin/editions/{id}/submit", new() { ["version"] = await VersionAsync(id) })).StatusCode);
        var edition = await factory.EditionAsync(id);
        Assert.Equal("他处室草稿测试", edition.Title);
        Assert.Equal(EditionStatus.Draft, edition.Status);

        Assert.DoesNotContain("他处室草稿测试", await other.GetStringAsync("/admin/editions"));
        Assert.DoesNotContain("他处室草稿测试", await other.GetStringAsync("/admin"));
        Assert.Contains("他处室草稿测试", await factory.CreateClientAs("author").GetStringAsync("/admin/editions"));
    }

    [Fact]
    public async Task An_administrator_who_also_holds_the_auditor_role_still_cannot_read_the_audit_log()
    {
        await factory.CreateStaffAsync("admin_auditor", null, Roles.Administrator, Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("admin_auditor").GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("admin_auditor").GetAsync("/admin/audit/verify")).StatusCode);
    }

    [Theory]
    [InlineData("reviewer", "/admin/editions")]
    [InlineData("reviewer", "/admin/signoff")]
    [InlineData("leader", "/admin/review")]
    [InlineData("author", "/admin/review")]
    [InlineData("author", "/admin/signoff")]
    [InlineData("auditor", "/admin/editions")]
    [InlineData("auditor", "/admin/review")]
    [InlineData("admin", "/admin/audit")]
    [InlineData("admin", "/admin/editions")]
    [InlineData("leader", "/admin/audit")]
    public async Task Each_role_is_kept_to_its_own_pages(string user, string url) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs(user).GetAsync(url)).StatusCode);
}
