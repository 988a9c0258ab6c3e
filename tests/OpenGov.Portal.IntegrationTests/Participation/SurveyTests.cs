using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

public sealed class SurveyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    const string DemoTitle = "2012年度政务公开工作满意度调查";

    [Fact]
    public async Task A_closed_survey_shows_its_results_as_charts_with_the_numbers()
    {
        var id = await PublicationIdAsync(DemoTitle);
        var page = await factory.CreateAnonymousClient().GetDocumentAsync($"/surveys/{id}/results");
        Assert.Equal("12", page.QuerySelector("#response-count")!.TextContent);
        var channel = page.QuerySelectorAll("section.chart")[0];
        Assert.NotNull(channel.QuerySelector("svg[role=img]"));
        Assert.Contains(channel.QuerySelectorAll("svg text.bar-value"), t => t.TextContent == "7(58.3%)");
        var rows = channel.QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("7", rows["局门户网站"]);
        Assert.Equal("2", rows["省政务公开网"]);
        var topics = page.QuerySelectorAll("section.chart")[1].QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        Assert.Equal("6", topics["政策文件"]);
        Assert.Equal("7", topics["办事服务"]);
        Assert.Equal("4.00", page.QuerySelectorAll("section.chart")[2].QuerySelector(".average")!.TextContent);
        Assert.Equal("5", page.QuerySelectorAll("section.chart")[3].QuerySelector(".text-count")!.TextContent);
        Assert.DoesNotContain("网站搜索不太好用", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_survey_refuses_answers()
    {
        var id = await PublicationIdAsync(DemoTitle);
        var client = factory.CreateAnonymousClient();
        var page = await client.GetDocumentAsync($"/surveys/{id}");
        Assert.Contains("已经结束", page.QuerySelector("#survey-state")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"form[action='/surveys/{id}']"));
        var before = await ResponsesAsync(id);
        var token = await client.AntiforgeryTokenAsync("/feedback/new");
        var response = await client.PostAsync($"/surveys/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已经结束", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await ResponsesAsync(id));
    }

    [Fact]
    public async Task A_survey_built_in_the_back_office_is_answered_once_per_browser_and_counted_live_for_staff()
    {
        var author = factory.CreateClientAs("author");
        var today = Cst.Today(factory.Clock);
        var created = await author.SubmitAsync("/admin/surveys/new", new Dictionary<string, string>
        {
            ["Title"] = "网站改版意见征集(测试)", ["Intro"] = "请谈谈您对网站改版的意见。", ["OpensOn"] = Iso(today), ["ClosesOn"] = Iso(today.AddDays(10)),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var editionId = int.Parse(edit.Split('/')[^1], CultureInfo.InvariantCulture);

        var oneOption = await author.PostFormAsync(edit, "question-form", new()
        {
            ["Question.Text"] = "您常用的设备", ["Question.Type"] = "SingleChoice", ["Question.Options"] = "电脑", ["Question.Required"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, oneOption.StatusCode);
        var errorPage = await Html.ParseAsync(oneOption);
        Assert.Equal("选择题至少需要两个选项,每行一个", errorPage.QuerySelector("#Question_Options-error")!.TextContent);
        Assert.Equal("您常用的设备", errorPage.QuerySelector("input[name='Question.Text']")!.GetAttribute("value"));

        await AddQuestionAsync(author, edit, "您常用的设备", "SingleChoice", "电脑\n手机\n平板", true);
        await AddQuestionAsync(author, edit, "您关注的栏目", "MultipleChoice", "通知公告\n政策文件\n办事服务", false);
        await AddQuestionAsync(author, edit, "新版网站满意度", "Rating", "", true);
        await AddQuestionAsync(author, edit, "其他意见", "FreeText", "", false);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(edit, "submit-form", [])).StatusCode);

        // The review page shows the questionnaire through the view component.
        var reviewer = factory.CreateClientAs("reviewer");
        var details = await reviewer.GetDocumentAsync(edit);
        Assert.Equal("待保密审查", details.QuerySelector("#edition-status")!.TextContent);
        Assert.Contains(details.QuerySelectorAll(".survey-question-list > li"), li => li.TextContent.Contains("新版网站满意度", StringComparison.Ordinal));
        Assert.Null(details.QuerySelector("#question-form"));

        var publicationId = await PublishAsync(editionId);
        var questions = await factory.DbAsync(db => db.SurveyQuestions.Include(q => q.Options).Where(q => q.SurveyEditionId == editionId)
            .OrderBy(q => q.SortOrder).ToListAsync());
        var device = questions[0];
        var rating = questions[2];
        var text = questions[3];
        string Field(int qid) => "q" + qid.ToString(CultureInfo.InvariantCulture);
        string Opt(int i) => device.Options.OrderBy(o => o.SortOrder).ElementAt(i).Id.ToString(CultureInfo.InvariantCulture);

        var citizen = factory.CreateAnonymousClient();
        var missing = await citizen.SubmitAsync($"/surveys/{publicationId}", new Dictionary<string, string> { [Field(device.Id)] = Opt(1), [Field(text.Id)] = "字体大一点" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var missingPage = await Html.ParseAsync(missing);
        Assert.Equal("请回答此题", missingPage.QuerySelector($"#{Field(rating.Id)}-error")!.TextContent);
        Assert.NotNull(missingPage.QuerySelector($"input[name={Field(device.Id)}][value='{Opt(1)}'][checked]"));
        Assert.Equal("字体大一点", missingPage.QuerySelector($"textarea[name={Field(text.Id)}]")!.TextContent);

        var answer = new Dictionary<string, string> { [Field(device.Id)] = Opt(1), [Field(rating.Id)] = "4", [Field(text.Id)] = "=字体大一点" };
        var thanks = await citizen.SubmitAsync($"/surveys/{publicationId}", answer);
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains("感谢", await thanks.TextAsync(), StringComparison.Ordinal);

        // The same browser again: refused.
        Assert.Contains("您已参与过", (await citizen.GetDocumentAsync($"/surveys/{publicationId}")).QuerySelector("#survey-state")!.TextContent, StringComparison.Ordinal);
        var token = await citizen.AntiforgeryTokenAsync("/feedback/new");
        var again = await citizen.PostAsync($"/surveys/{publicationId}", new FormUrlEncodedContent(new Dictionary<string, string>(answer) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Another browser answers; staff see both at once, the public only after closing.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().SubmitAsync($"/surveys/{publicationId}",
            new Dictionary<string, string> { [Field(device.Id)] = Opt(0), [Field(rating.Id)] = "2" })).StatusCode);
        Assert.Equal(2, await ResponsesAsync(publicationId));
        var live = await author.GetDocumentAsync($"/admin/surveys/{editionId}/results");
        Assert.Equal("2", live.QuerySelector("#response-count")!.TextContent);
        var publicResults = await factory.CreateAnonymousClient().GetStringAsync($"/surveys/{publicationId}/results");
        Assert.Contains("调查进行中", publicResults, StringComparison.Ordinal);

        var csv = await author.GetAsync($"/admin/surveys/{editionId}/free-text.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("问卷编号,提交时间,题号,问题,回答", lines[0]);
        Assert.Single(lines[1..]);
        Assert.EndsWith(",4,\"其他意见\",\"'=字体大一点\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(1, await factory.AuditCountAsync("survey.export", editionId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author3").GetAsync($"/admin/surveys/{editionId}/free-text.csv")).StatusCode);
    }

    [Fact]
    public async Task The_survey_form_keeps_input_and_explains_in_Chinese()
    {
        var response = await factory.CreateClientAs("author").SubmitAsync("/admin/surveys/new", new Dictionary<string, string>
        {
            ["Title"] = "", ["Intro"] = "说明保留", ["OpensOn"] = "2026-05-10", ["ClosesOn"] = "2026-05-01",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("请填写问卷标题", page.QuerySelector("#Title-error")!.TextContent);
        Assert.Equal("截止日期不能早于开始日期", page.QuerySelector("#ClosesOn-error")!.TextContent);
        Assert.Equal("说明保留", page.QuerySelector("textarea[name=Intro]")!.TextContent);
        Assert.Equal("2026-05-10", page.QuerySelector("input[name=OpensOn]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("reviewer").GetAsync("/admin/surveys/new")).StatusCode);
    }

    [Fact]
    public async Task Unknown_and_unpublished_surveys_are_not_found()
    {
        var client = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/surveys/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/surveys/999999/results")).StatusCode);
        var article = await factory.PublishAsync("不是问卷的文章");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/surveys/{article}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientAs("author").GetAsync("/admin/surveys/999999")).StatusCode);
    }

    static async Task AddQuestionAsync(HttpClient author, string edit, string text, string type, string options, bool required)
    {
        var fields = new Dictionary<string, string> { ["Question.Text"] = text, ["Question.Type"] = type, ["Question.Options"] = options };
        if (required) fields["Question.Required"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(edit, "question-form", fields)).StatusCode);
    }

    async Task<int> PublishAsync(int editionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = factory.Clock.GetUtcNow();
        var edition = await db.Editions.Include(e => e.Publication).SingleAsync(e => e.Id == editionId);
        edition.PassReview(await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer), now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>().PublishAsync(edition, await TestContent.ActorAsync(db, "leader", Roles.Leader), now);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return edition.PublicationId;
    }

    Task<int> PublicationIdAsync(string title) =>
        factory.DbAsync(db => db.Publications.Where(p => p.Title == title && p.Kind == PublicationKind.Survey).Select(p => p.Id).SingleAsync());

    Task<int> ResponsesAsync(int publicationId) =>
        factory.DbAsync(db => db.SurveyResponses.CountAsync(r => r.EditionId == db.Publications.Where(p => p.Id == publicationId).Select(p => p.LiveEditionId).First()));

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
