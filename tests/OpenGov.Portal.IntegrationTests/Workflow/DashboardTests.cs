using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

public sealed class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static async Task<int> CountAsync(HttpClient client, string key)
    {
        var page = await client.GetDocumentAsync("/admin");
        var card = page.QuerySelector($"#count-{key} .count");
        return card is null ? -1 : int.Parse(card.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Each_person_sees_counts_of_what_waits_for_them()
    {
        var author = factory.CreateClientAs("author");
        var reviewer = factory.CreateClientAs("reviewer");
        var leader = factory.CreateClientAs("leader");
        var drafts = await CountAsync(author, "drafts");
        var toReview = await CountAsync(reviewer, "review");
        var toSign = await CountAsync(leader, "signoff");
        var scheduled = await CountAsync(leader, "scheduled");

        var id = await factory.DraftAsync(author, "工作台计数测试");
        Assert.Equal(drafts + 1, await CountAsync(author, "drafts"));
        await author.SubmitForReviewAsync(id);
        Assert.Equal(drafts, await CountAsync(author, "drafts"));
        Assert.Equal(toReview + 1, await CountAsync(reviewer, "review"));
        await reviewer.ReviewAsync(id, "Pass");
        Assert.Equal(toReview, await CountAsync(reviewer, "review"));
        Assert.Equal(toSign + 1, await CountAsync(leader, "signoff"));
        var tomorrow = OpenGov.Portal.Infrastructure.Cst.ToCst(factory.Clock.GetUtcNow().AddDays(1)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await leader.SignOffAsync(id, "Schedule", scheduleAt: tomorrow);
        Assert.Equal(scheduled + 1, await CountAsync(leader, "scheduled"));
        Assert.Contains("工作台计数测试", (await author.GetDocumentAsync("/admin")).QuerySelector("#list-scheduled")!.TextContent);
    }

    [Fact]
    public async Task Lists_follow_the_roles_and_authors_see_only_their_department()
    {
        Assert.Equal(-1, await CountAsync(factory.CreateClientAs("author"), "review"));
        Assert.Equal(-1, await CountAsync(factory.CreateClientAs("reviewer"), "drafts"));
        Assert.Equal(-1, await CountAsync(factory.CreateClientAs("admin"), "signoff"));
        Assert.True(await CountAsync(factory.CreateClientAs("auditor"), "published") > 0);

        await factory.DraftAsync(factory.CreateClientAs("author"), "他处室工作台测试");
        var other = await factory.CreateClientAs("author2").GetDocumentAsync("/admin");
        Assert.DoesNotContain("他处室工作台测试", other.QuerySelector("main")!.TextContent);
        var published = other.QuerySelector("#list-published")!.TextContent;
        Assert.DoesNotContain("省知识产权局召开政务公开领导小组会议", published); // a zhxt item; author2 is in zlgl
        Assert.Contains("专利统计快报", published);
    }
}
