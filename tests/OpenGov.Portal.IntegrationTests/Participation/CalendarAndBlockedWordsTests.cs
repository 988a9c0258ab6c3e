using System.Globalization;
using System.Net;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

public sealed class CalendarAndBlockedWordsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_holiday_the_administrator_adds_moves_the_deadline_and_is_audited()
    {
        var code = await factory.CreateAnonymousClient().ApplyAsync("person", Steps.PersonApplication("日历测试申请"));
        var application = await factory.ApplicationAsync(code);
        var before = application.Deadline(await factory.DbAsync(db => Data.ParticipationData.WorkingDaysAsync(db))).DueOn!.Value;

        // Make the first working day of the clock a holiday.
        var calendar = await factory.DbAsync(db => Data.ParticipationData.WorkingDaysAsync(db));
        var holiday = calendar.AddWorkingDays(calendar.OnOrNextWorkingDay(application.ReceivedOn), 1);
        var admin = factory.CreateClientAs("admin");
        var response = await admin.SubmitAsync($"/admin/calendar?year={holiday.Year}", new Dictionary<string, string>
        {
            ["From"] = Iso(holiday), ["To"] = Iso(holiday), ["Kind"] = "Holiday", ["Name"] = "测试假日",
        }, "form#calendar-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("测试假日", await admin.GetStringAsync($"/admin/calendar?year={holiday.Year}"), StringComparison.Ordinal);
        Assert.True(await factory.AuditCountAsync("calendar.set", Iso(holiday)) == 1);

        var after = application.Deadline(await factory.DbAsync(db => Data.ParticipationData.WorkingDaysAsync(db))).DueOn!.Value;
        Assert.Equal(calendar.AddWorkingDays(before, 1), after);
        var status = await Html.ParseAsync(await factory.CreateAnonymousClient().SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal(Iso(after), status.QuerySelector("#due-on")!.TextContent);
    }

    [Fact]
    public async Task A_make_up_workday_must_be_a_weekend_day_and_the_form_keeps_the_input()
    {
        var monday = new DateOnly(2026, 3, 2);
        var response = await factory.CreateClientAs("admin").SubmitAsync("/admin/calendar?year=2026", new Dictionary<string, string>
        {
            ["From"] = Iso(monday), ["Kind"] = "MakeUpWorkday", ["Name"] = "错误的调休",
        }, "form#calendar-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("调休上班日应为周六或周日", page.QuerySelector("#From-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("错误的调休", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(Iso(monday), page.QuerySelector("input[name=From]")!.GetAttribute("value"));

        var empty = await Html.ParseAsync(await factory.CreateClientAs("admin").SubmitAsync("/admin/calendar", new Dictionary<string, string>(), "form#calendar-form"));
        Assert.Equal("请填写开始日期", empty.QuerySelector("#From-error")!.TextContent);
        Assert.Equal("请填写名称,如“国庆节”", empty.QuerySelector("#Name-error")!.TextContent);
    }

    [Theory]
    [InlineData("author", "/admin/calendar")]
    [InlineData("leader", "/admin/blocked-words")]
    [InlineData("reviewer", "/admin/calendar")]
    public async Task Only_the_administrator_maintains_the_calendar_and_blocked_words(string user, string url) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs(user).GetAsync(url)).StatusCode);

    [Fact]
    public async Task A_blocked_word_the_administrator_adds_holds_new_letters_for_review()
    {
        var admin = factory.CreateClientAs("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/blocked-words", new Dictionary<string, string> { ["Word"] = "测试违禁词" }, "form#blocked-word-form")).StatusCode);
        var duplicate = await admin.SubmitAsync("/admin/blocked-words", new Dictionary<string, string> { ["Word"] = "测试违禁词" }, "form#blocked-word-form");
        Assert.Contains("已在屏蔽词列表中", (await Html.ParseAsync(duplicate)).QuerySelector("#Word-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.AuditCountAsync("blocked-word.add"));

        var code = await factory.CreateAnonymousClient().SubmitLetterAsync(Steps.Letter("普通标题", body: "内容里有测试 违禁词"));
        Assert.Equal(FeedbackStatus.PendingModeration, (await factory.LetterAsync(code)).Status);
        var status = await Html.ParseAsync(await factory.CreateAnonymousClient().SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal("已收到,待办理", status.QuerySelector("#letter-status")!.TextContent);
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
