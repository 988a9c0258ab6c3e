using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>A move the current state does not allow answers 409 with a sentence (or a flash message for a browser), never 500.</summary>
public sealed class TransitionConflictTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, bool asBrowser = false)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (asBrowser)
        {
            request.Headers.Accept.ParseAdd("text/html");
            request.Headers.Referrer = new Uri(client.BaseAddress!, "/admin");
        }
        return await client.SendAsync(request);
    }

    async Task<string> VersionAsync(int id) => (await factory.EditionAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Publishing_a_draft_is_refused_with_409_and_the_reason()
    {
        var id = await factory.DraftAsync(factory.CreateClientAs("author"), "草稿直接发布测试");
        var response = await PostAsync(factory.CreateClientAs("leader"), $"/admin/signoff/{id}", new() { ["Decision"] = "PublishNow", ["Version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("当前状态“草稿”下不能执行“发布”,该信息可能已被他人处理,请刷新后重试", await response.Content.ReadAsStringAsync());
        Assert.Equal(EditionStatus.Draft, (await factory.EditionAsync(id)).Status);
    }

    [Fact]
    public async Task Reviewing_a_draft_and_submitting_twice_are_refused()
    {
        var author = factory.CreateClientAs("author");
        var id = await factory.DraftAsync(author, "重复提交测试");
        var review = await PostAsync(factory.CreateClientAs("reviewer"), $"/admin/review/{id}",
            new() { ["Decision"] = "Pass", ["DisclosureMode"] = "Proactive", ["Version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        Assert.Contains("不能执行“审查通过”", await review.Content.ReadAsStringAsync());

        await author.SubmitForReviewAsync(id);
        var again = await PostAsync(author, $"/admin/editions/{id}/submit", new() { ["version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("不能执行“提交审查”", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_is_sent_back_with_the_message_instead()
    {
        var id = await factory.DraftAsync(factory.CreateClientAs("author"), "浏览器冲突测试");
        var leader = factory.CreateClientAs("leader");
        var response = await PostAsync(leader, $"/admin/signoff/{id}", new() { ["Decision"] = "PublishNow", ["Version"] = await VersionAsync(id) }, asBrowser: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await leader.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("不能执行“发布”", page.QuerySelector(".flash-err")!.TextContent);
    }

    [Fact]
    public async Task Withdrawing_twice_and_bad_ids_are_not_errors()
    {
        var pubId = await factory.PublishAsync("撤回两次测试");
        var leader = factory.CreateClientAs("leader");
        var first = await leader.FillAndSubmitAsync($"/admin/signoff/withdraw/{pubId}", new Dictionary<string, string> { ["PublicReason"] = "政策调整" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/admin/signoff/withdraw/{pubId}")).StatusCode);
        var page = await factory.CreateAnonymousClient().GetDocumentAsync($"/items/{pubId}");
        Assert.Contains("政策调整", page.QuerySelector("main")!.TextContent);

        foreach (var url in new[] { "/admin/signoff/999999", "/admin/signoff/withdraw/999999" })
            Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("reviewer").GetAsync("/admin/review/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("author").GetAsync("/admin/editions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("author").GetAsync("/admin/attachments/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(leader, "/admin/signoff/999999", new() { ["Decision"] = "PublishNow", ["Version"] = "1" })).StatusCode);
    }

    [Fact]
    public async Task Withdrawal_as_published_in_error_makes_the_page_gone()
    {
        var pubId = await factory.PublishAsync("误发布撤回测试");
        var leader = factory.CreateClientAs("leader");
        var response = await leader.FillAndSubmitAsync($"/admin/signoff/withdraw/{pubId}",
            new Dictionary<string, string> { ["PublicReason"] = "误发布", ["PublishedInError"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.CreateAnonymousClient().GetAsync($"/items/{pubId}");
        Assert.Equal(HttpStatusCode.Gone, item.StatusCode);
        Assert.DoesNotContain("误发布撤回测试", await item.Content.ReadAsStringAsync());
    }
}
