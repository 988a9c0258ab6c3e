using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>上网信息不涉密,涉密信息不上网: a document marked classified is never public, by any path.</summary>
public sealed class ClassifiedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    async Task<int> ClassifiedEditionAsync(string title, string decision = "Classified")
    {
        var author = factory.CreateClientAs("author");
        var id = await factory.DraftAsync(author, title);
        await author.SubmitForReviewAsync(id);
        var response = await factory.CreateClientAs("reviewer").ReviewAsync(id, decision, "涉及国家秘密");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Classified, edition.Status);
        Assert.NotNull(edition.Publication.ClassifiedAt);
        return id;
    }

    [Theory]
    [InlineData("Classified", ReviewVerdict.Classified)]
    [InlineData("NotForDisclosure", ReviewVerdict.NotForDisclosure)]
    public async Task The_reviewer_marks_it_and_no_leader_can_publish_or_schedule_it(string decision, ReviewVerdict verdict)
    {
        var id = await ClassifiedEditionAsync("涉密测试-" + decision, decision);
        Assert.Equal(verdict, (await factory.EditionAsync(id)).ReviewVerdict);
        var leader = factory.CreateClientAs("leader");

        var page = await leader.GetDocumentAsync($"/admin/signoff/{id}");
        Assert.Null(page.QuerySelector($"form[action='/admin/signoff/{id}']"));
        foreach (var attempt in new[] { "PublishNow", "Schedule" })
        {
            var token = await leader.AntiforgeryTokenAsync("/admin/signoff");
            var response = await leader.PostAsync($"/admin/signoff/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Decision"] = attempt, ["ScheduleAt"] = "2099-01-01T09:00",
                ["Version"] = (await factory.EditionAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("涉密/不予公开", await response.Content.ReadAsStringAsync());
        }

        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Classified, edition.Status);
        Assert.Null(edition.Publication.IndexNumber);
        var item = await factory.CreateAnonymousClient().GetAsync($"/items/{edition.PublicationId}");
        Assert.True(item.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_classified_document_cannot_be_revised_through_the_back_office()
    {
        var id = await ClassifiedEditionAsync("涉密不可编辑测试");
        var author = factory.CreateClientAs("author");
        var edit = await author.GetAsync($"/admin/editions/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var token = await author.AntiforgeryTokenAsync("/admin/editions/new");
        var submit = await author.PostAsync($"/admin/editions/{id}/submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = (await factory.EditionAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
    }

    [Theory]
    [InlineData("UPDATE editions SET status = 'Published', published_at = now() WHERE id = {0}")]
    [InlineData("UPDATE editions SET status = 'Reviewed' WHERE id = {0}")]
    [InlineData("UPDATE editions SET status = 'Scheduled', scheduled_for = now() WHERE id = {0}")]
    [InlineData("UPDATE publications SET live_edition_id = {0}, published_at = now() WHERE id = (SELECT publication_id FROM editions WHERE id = {0})")]
    [InlineData("UPDATE publications SET classified_at = NULL WHERE id = (SELECT publication_id FROM editions WHERE id = {0})")]
    public async Task The_database_refuses_a_direct_update_that_would_publish_it(string sql)
    {
        var id = await ClassifiedEditionAsync("涉密直接改库测试");
        var statement = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, id);

        var ex = await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(factory.ConnectionString, statement));
        Assert.Equal(PostgresErrorCodes.CheckViolation, ex.SqlState);

        var edition = await factory.EditionAsync(id);
        Assert.Equal(EditionStatus.Classified, edition.Status);
        Assert.False(edition.Publication.IsPublic);
        Assert.Equal(0, await factory.QueryAsync(db => db.Publications.Published().CountAsync(p => p.Id == edition.PublicationId)));
    }
}
