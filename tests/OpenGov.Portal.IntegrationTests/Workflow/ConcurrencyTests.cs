using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>Two people acting on one edition at once: one wins, the other is told to reload.</summary>
public sealed class ConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static async Task<HttpRequestMessage> PreparedPostAsync(HttpClient client, string pageUrl, Dictionary<string, string> changes)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        var values = BrowserForms.CurrentValues(form);
        foreach (var (k, v) in changes) { values.RemoveAll(x => x.Key == k); values.Add(new(k, v)); }
        return new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(values) };
    }

    [Fact]
    public async Task Two_leaders_signing_off_at_once_publish_it_once()
    {
        await factory.CreateStaffAsync("leader2", null, Roles.Leader);
        for (var round = 0; round < 3; round++)
        {
            var pubId = await factory.PublishAsync($"并发签发测试{round}", upTo: EditionStatus.Reviewed);
            var id = await factory.QueryAsync(db => db.Editions.Where(e => e.PublicationId == pubId).Select(e => e.Id).SingleAsync());
            var one = factory.CreateClientAs("leader");
            var two = factory.CreateClientAs("leader2");
            using var first = await PreparedPostAsync(one, $"/admin/signoff/{id}", new() { ["Decision"] = "PublishNow" });
            using var second = await PreparedPostAsync(two, $"/admin/signoff/{id}", new() { ["Decision"] = "PublishNow" });

            var responses = await Task.WhenAll(one.SendAsync(first), two.SendAsync(second));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            var message = await loser.Content.ReadAsStringAsync();
            Assert.True(message == WorkflowExceptionFilter.StaleMessage || message.Contains("已被他人处理"), message);
            Assert.Equal(1, await factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == "edition.publish" && a.EntityId == id.ToString())));
            Assert.Equal(EditionStatus.Published, (await factory.EditionAsync(id)).Status);
        }
    }

    [Fact]
    public async Task Saving_a_form_opened_before_someone_else_saved_is_refused_as_stale()
    {
        await factory.CreateStaffAsync("author_b", "zhxt", Roles.Author);
        var a = factory.CreateClientAs("author");
        var b = factory.CreateClientAs("author_b");
        var id = await factory.DraftAsync(a, "过期表单测试");

        using var stale = await PreparedPostAsync(a, $"/admin/editions/{id}/edit", new() { ["Title"] = "甲的修改" });
        Assert.Equal(HttpStatusCode.Redirect, (await b.FillAndSubmitAsync($"/admin/editions/{id}/edit", new Dictionary<string, string> { ["Title"] = "乙的修改" })).StatusCode);

        var response = await a.SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(WorkflowExceptionFilter.StaleMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal("乙的修改", (await factory.EditionAsync(id)).Title);
    }

    [Fact]
    public async Task A_reviewer_acting_on_an_edition_the_author_has_just_changed_is_refused()
    {
        var author = factory.CreateClientAs("author");
        var reviewer = factory.CreateClientAs("reviewer");
        var id = await factory.DraftAsync(author, "审查时被退回测试");
        await author.SubmitForReviewAsync(id);
        using var pass = await PreparedPostAsync(reviewer, $"/admin/review/{id}", new() { ["Decision"] = "Pass" });

        await factory.CreateStaffAsync("reviewer2", "zhxt", Roles.Reviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientAs("reviewer2").ReviewAsync(id, "Return", "另一位审查员已退回")).StatusCode);

        var response = await reviewer.SendAsync(pass);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(WorkflowExceptionFilter.StaleMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal(EditionStatus.Returned, (await factory.EditionAsync(id)).Status);
    }
}
