using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

/// <summary>
/// The publishing workflow in the browser: author drafts with an attachment, reviewer attests, leader signs off
/// (now or at a time), and what citizens then see, or never see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishingJourneys(BrowserPortal portal)
{
    /// <summary>A one-page PDF: enough for the upload's content sniffing (it reads the bytes, not the name).</summary>
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
        + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");

    [Fact]
    public Task Author_drafts_with_an_attachment_reviewer_passes_leader_publishes_and_a_citizen_finds_it() => portal.RunJourneyAsync(async journey =>
    {
        const string title = "关于举办冰雪产业专利信息利用培训班的通知";
        const string file = "冰雪产业专利培训日程.pdf";

        // The author drafts the item, attaches the programme and submits it for review.
        var drafts = await journey.StaffSignedInAtAsync("author", "/admin/editions", DraftsPage.ArriveAsync);
        var form = await drafts.NewItemAsync();
        await form.FillAsync("通知公告", title, "为提升冰雪产业企业专利信息利用能力,定于12月举办培训班。日程见附件。");
        var edition = await form.SaveDraftAsync();
        await Expect(edition.SuccessMessage).ToHaveTextAsync("草稿已保存");
        await Expect(edition.Heading).ToHaveTextAsync(title);

        var upload = await edition.AddAttachmentAsync();
        edition = await upload.UploadAsync(file, "application/pdf", Pdf);
        await Expect(edition.SuccessMessage).ToContainTextAsync(file);
        await Expect(edition.AttachmentLinks).ToHaveTextAsync([file]);

        edition = await edition.SubmitForReviewAsync();
        await Expect(edition.SuccessMessage).ToHaveTextAsync("已提交保密审查");
        await Expect(edition.Status).ToHaveTextAsync("待保密审查");

        // The reviewer, in a browser of their own, attests it is not classified.
        var queue = await journey.StaffSignedInAtAsync("reviewer", "/admin/review", ReviewQueuePage.ArriveAsync);
        var review = await queue.OpenAsync(title);
        await Expect(review.AttachmentLinks).ToHaveTextAsync([file]);
        queue = await review.PassAsync();
        await Expect(queue.SuccessMessage).ToContainTextAsync("审查通过,已送领导签发");
        await Expect(queue.TitleLinks.GetByText(title, new() { Exact = true })).ToHaveCountAsync(0);

        // The leader publishes it now.
        var leader = await journey.StaffSignedInAsync("leader");
        var signOff = await leader.OpenSignOffAsync();
        var decision = await signOff.OpenAsync(title);
        signOff = await decision.PublishNowAsync();
        await Expect(signOff.SuccessMessage).ToContainTextAsync(new Regex($"“{title}”已发布,索引号 .+"));
        await Expect(signOff.Published.First).ToContainTextAsync(title);

        // A citizen sees it on the home page, finds it by a two-character term in its title, and downloads the attachment.
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);
        await Expect(home.ItemLinksIn("通知公告").First).ToHaveTextAsync(title);

        var results = await home.SearchAsync("冰雪");
        await Expect(results.ResultLinks.GetByText(title, new() { Exact = true })).ToHaveCountAsync(1);
        var item = await results.OpenResultAsync(title);
        await Expect(item.Heading).ToHaveTextAsync(title);
        await Expect(item.Body).ToContainTextAsync("定于12月举办培训班");
        await Expect(item.IndexNumber).ToHaveTextAsync(new Regex(@"/\d{4}-\d{5}$"));

        var download = await item.DownloadAttachmentAsync(file);
        Assert.Equal(file, download.SuggestedFilename);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
    });

    [Fact]
    public Task Item_marked_classified_by_the_reviewer_never_appears_to_citizens() => portal.RunJourneyAsync(async journey =>
    {
        const string title = "界江口岸专利执法协作情况汇报";
        var id = await journey.Factory.PublishAsync(title, "notices", "<p>含涉密内容的汇报。</p>", upTo: EditionStatus.Submitted);

        var reviewer = await journey.StaffSignedInAsync("reviewer");
        var queue = await reviewer.OpenReviewQueueAsync();
        var review = await queue.OpenAsync(title);
        queue = await review.MarkClassifiedAsync("涉及边境执法部署,属工作秘密");
        await Expect(queue.SuccessMessage).ToContainTextAsync("已标记为涉密/不予公开,永不发布");
        await Expect(queue.TitleLinks.GetByText(title, new() { Exact = true })).ToHaveCountAsync(0);

        // Nowhere for a citizen: home, its column, search, the disclosure catalogue, the feed, its own address.
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);
        await Expect(home.Block("通知公告")).ToBeVisibleAsync();
        await Expect(citizen.Page.GetByText(title)).ToHaveCountAsync(0);

        var column = await home.OpenColumnFromNavAsync("通知公告");
        await Expect(column.ItemLinks.First).ToBeVisibleAsync();
        await Expect(column.ItemLinks.GetByText(title)).ToHaveCountAsync(0);

        var results = await column.SearchAsync("口岸");
        await Expect(results.Heading).ToHaveTextAsync("搜索结果");
        await Expect(citizen.Page.GetByText(title)).ToHaveCountAsync(0);

        await citizen.GotoAsync("/zwgk");
        var catalogue = await CataloguePage.ArriveAsync(citizen);
        await Expect(catalogue.TitleLinks.First).ToBeVisibleAsync();
        await Expect(catalogue.TitleLinks.GetByText(title)).ToHaveCountAsync(0);

        // A feed reader fetches the Atom feed with the citizen's browser session (it is XML, not a page to check).
        var feed = await citizen.Page.Context.APIRequest.GetAsync("/feeds/all.xml");
        Assert.Equal(200, feed.Status);
        var atom = await feed.TextAsync();
        Assert.Contains("<entry>", atom, StringComparison.Ordinal);
        Assert.DoesNotContain(title, atom, StringComparison.Ordinal);

        await ErrorPage.OpenAsync(citizen, $"/items/{id}", 404);
    });

    [Fact]
    public Task Item_scheduled_by_the_leader_is_published_by_the_scheduler_when_its_time_comes() => portal.RunJourneyAsync(async journey =>
    {
        const string title = "2013年度专利资助资金拟资助名单公示";
        var id = await journey.Factory.PublishAsync(title, "notices", "<p>拟资助名单公示如下。</p>", upTo: EditionStatus.Reviewed);

        // The leader schedules it ten minutes ahead, typing the time in China Standard Time as the form asks.
        var publishAt = journey.Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(10);
        var signOff = await journey.StaffSignedInAtAsync("leader", "/admin/signoff", SignOffQueuePage.ArriveAsync);
        var decision = await signOff.OpenAsync(title);
        signOff = await decision.ScheduleAsync(publishAt.DateTime);
        var shown = publishAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(signOff.SuccessMessage).ToHaveTextAsync($"“{title}”将于 {shown}(北京时间)发布");
        await Expect(signOff.Scheduled.Filter(new() { HasText = title })).ToContainTextAsync(shown);

        // Before its time it is not public.
        var citizen = await journey.CitizenAsync();
        var home = await HomePage.OpenAsync(citizen);
        await Expect(home.ItemLinksIn("通知公告").GetByText(title)).ToHaveCountAsync(0);
        await ErrorPage.OpenAsync(citizen, $"/items/{id}", 404);

        // Time passes (the app's clock; the ScheduledPublisher waits on it), the publisher's next run publishes it.
        journey.Factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await WaitUntilPublishedAsync(journey.Factory, id);

        home = await HomePage.OpenAsync(citizen);
        await Expect(home.ItemLinksIn("通知公告").First).ToHaveTextAsync(title);
        var item = await home.OpenItemAsync(title);
        await Expect(item.Heading).ToHaveTextAsync(title);
    });

    /// <summary>Waits (a few seconds at most) for the background ScheduledPublisher to publish the item; it is not run by hand.</summary>
    static async Task WaitUntilPublishedAsync(PortalFactory factory, int publicationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                if (await db.Publications.Published().AnyAsync(p => p.Id == publicationId)) return;
            }
            Assert.True(DateTime.UtcNow < deadline, "The ScheduledPublisher did not publish the item within 15 s of its time");
            await Task.Delay(200);
        }
    }
}
