using System.Globalization;
using System.Net;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

/// <summary>Moves the clock: a class of its own so other tests keep today's date.</summary>
public sealed class DeadlineAlertTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Due_soon_and_overdue_applications_and_unanswered_letters_are_flagged_on_the_dashboard()
    {
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.ApplyAsync("person", Steps.PersonApplication("期限提醒测试申请"));
        var letterCode = await citizen.SubmitLetterAsync(Steps.Letter("期限提醒测试留言"));
        var application = await factory.ApplicationAsync(code);
        var letter = await factory.LetterAsync(letterCode);
        var zlgl = (await factory.DepartmentIdAsync("zlgl")).ToString(CultureInfo.InvariantCulture);
        var coordinator = factory.CreateClientAs("author");
        await coordinator.PostFormAsync($"/admin/applications/{application.Id}", "assign-form", new() { ["Forms.Assign.DepartmentId"] = zlgl });
        await coordinator.PostFormAsync($"/admin/feedback/{letter.Id}", "assign-form", new() { ["Assign.DepartmentId"] = zlgl });

        var handler = factory.CreateClientAs("author2");
        var fresh = await handler.GetDocumentAsync("/admin");
        Assert.DoesNotContain(fresh.QuerySelectorAll("#deadline-alerts a"), a => a.TextContent.Contains("期限提醒测试申请", StringComparison.Ordinal));

        var due = application.Deadline(await factory.DbAsync(db => Data.ParticipationData.WorkingDaysAsync(db))).DueOn!.Value;
        factory.Clock.SetUtcNow(Cst.FromCstLocal(due.ToDateTime(new TimeOnly(9, 0))));
        var soon = await handler.GetDocumentAsync("/admin");
        var row = soon.QuerySelectorAll("#deadline-alerts tr").Single(r => r.TextContent.Contains("期限提醒测试申请", StringComparison.Ordinal));
        Assert.Contains("即将到期", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("超过 10 个工作日未答复", soon.QuerySelector("#participation-alerts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await handler.GetDocumentAsync("/admin/feedback?show=overdue")).QuerySelectorAll("#letters a"), a => a.TextContent == "期限提醒测试留言");

        factory.Clock.SetUtcNow(Cst.FromCstLocal(due.AddDays(1).ToDateTime(new TimeOnly(9, 0))));
        var late = await handler.GetDocumentAsync("/admin");
        Assert.Contains("已超期", late.QuerySelectorAll("#deadline-alerts tr").Single(r => r.TextContent.Contains("期限提醒测试申请", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Contains((await handler.GetDocumentAsync("/admin/applications?show=overdue")).QuerySelectorAll("#applications a"), a => a.TextContent.Contains("期限提醒测试申请", StringComparison.Ordinal));

        // An answer after the deadline is recorded as late (and counted so).
        var answer = await handler.PostFormAsync($"/admin/applications/{application.Id}", "answer-form", new()
        {
            ["Forms.Answer.Type"] = "NotExist", ["Forms.Answer.Outcome"] = "UnableNotHeld", ["Forms.Answer.Text"] = "经检索,该信息不存在。",
        });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.False((await factory.ApplicationAsync(code)).AnsweredOnTime);
        Assert.DoesNotContain((await handler.GetDocumentAsync("/admin")).QuerySelectorAll("#deadline-alerts a"), a => a.TextContent.Contains("期限提醒测试申请", StringComparison.Ordinal));
    }
}
