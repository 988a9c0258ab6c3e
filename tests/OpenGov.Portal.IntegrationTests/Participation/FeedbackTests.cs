using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

public sealed class FeedbackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_letter_gets_an_unguessable_tracking_code_and_its_status_can_be_looked_up()
    {
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.SubmitLetterAsync(Steps.Letter("查询码测试留言"));
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", code);

        // Typed in lower case without dashes, from another browser.
        var response = await factory.CreateAnonymousClient().SubmitAsync("/feedback/query",
            new Dictionary<string, string> { ["Code"] = code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() });
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("已收到,待办理", page.QuerySelector("#letter-status")!.TextContent);
        Assert.Contains("查询码测试留言", page.Body!.TextContent, StringComparison.Ordinal);

        // The confirmation page shows the code once.
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.GetAsync("/feedback/submitted")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("0000-0000-0000")]
    [InlineData("2345-6789-ABCD")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    public async Task Unknown_or_malformed_codes_get_a_friendly_not_found(string code)
    {
        var response = await factory.CreateAnonymousClient().SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("未找到该查询码对应的留言", page.QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(code, page.QuerySelector("input[name=Code]")!.GetAttribute("value") ?? "");

        var long1 = await factory.CreateAnonymousClient().SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = new string('A', 5000) });
        Assert.Equal(HttpStatusCode.OK, long1.StatusCode);
        Assert.Contains("未找到该查询码对应的申请", await long1.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_letter_is_shown_again_with_Chinese_messages_and_what_was_typed()
    {
        var before = await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Count()));
        var response = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new",
            new Dictionary<string, string> { ["Subject"] = "只写了标题", ["Name"] = "王输入", ["Email"] = "不是邮箱" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("请选择留言类别", page.QuerySelector("#Category-error")!.TextContent);
        Assert.Equal("请填写留言内容", page.QuerySelector("#Body-error")!.TextContent);
        Assert.Equal("请填写正确的电子邮箱地址", page.QuerySelector("#Email-error")!.TextContent);
        Assert.Equal("只写了标题", page.QuerySelector("input[name=Subject]")!.GetAttribute("value"));
        Assert.Equal("王输入", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(before, await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Count())));

        // The error summary above the form takes focus, is read out, and links each message to its field, in form order.
        var summary = page.QuerySelector("#error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("提交未成功,请修改以下 3 处:", summary.QuerySelector("h2")!.TextContent);
        Assert.Equal(["#Category-Consultation 请选择留言类别", "#Body 请填写留言内容", "#Email 请填写正确的电子邮箱地址"],
            summary.QuerySelectorAll("a").Select(a => $"{a.GetAttribute("href")} {a.TextContent}"));
        Assert.Equal("true", page.QuerySelector("#Body")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#Subject")!.GetAttribute("aria-invalid"));

        var fresh = await factory.CreateAnonymousClient().GetDocumentAsync("/feedback/new");
        Assert.Null(fresh.QuerySelector("#error-summary"));
    }

    [Fact]
    public async Task Binary_and_oversized_submissions_are_refused_with_a_message()
    {
        var binary = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new", Steps.Letter("二进制测试", body: "MZ\0\u0090\0\u0003"));
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.Equal("请求无效", (await Html.ParseAsync(binary)).QuerySelector("h1")!.TextContent);

        var control = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new", Steps.Letter("控制字符测试", body: "正文\u0001\u0002\u001b"));
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        var controlPage = await Html.ParseAsync(control);
        Assert.Contains("无法识别的字符", controlPage.QuerySelector("#Body-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("控制字符测试", controlPage.QuerySelector("input[name=Subject]")!.GetAttribute("value"));

        var tooLong = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new", Steps.Letter("过长测试", body: new string('长', FeedbackLetter.BodyMax + 1)));
        Assert.Contains($"不能超过 {FeedbackLetter.BodyMax} 个字", (await Html.ParseAsync(tooLong)).QuerySelector("#Body-error")!.TextContent, StringComparison.Ordinal);

        var huge = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new", Steps.Letter("超大测试", body: new string('x', 200_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("提交内容过大", await huge.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Count(l => l.Subject == "超大测试" || l.Subject == "二进制测试" || l.Subject == "控制字符测试"))));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing()
    {
        var fields = Steps.Letter("蜜罐测试留言");
        fields["Homepage"] = "http://spam.example";
        var response = await factory.CreateAnonymousClient().SubmitAsync("/feedback/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("提交未被接受", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Count(l => l.Subject == "蜜罐测试留言"))));
    }

    [Fact]
    public async Task A_letter_with_a_blocked_word_goes_to_manual_review_and_a_coordinator_releases_it()
    {
        var code = await factory.CreateAnonymousClient().SubmitLetterAsync(Steps.Letter("屏蔽词测试", body: "我们提供 代开 发票 服务"));
        var letter = await factory.LetterAsync(code);
        Assert.Equal(FeedbackStatus.PendingModeration, letter.Status);

        var coordinator = factory.CreateClientAs("author");
        var list = await coordinator.GetDocumentAsync("/admin/feedback?show=moderation");
        Assert.Contains(list.QuerySelectorAll("#letters a"), a => a.TextContent == "屏蔽词测试");
        var release = await coordinator.SubmitAsync($"/admin/feedback/{letter.Id}", new Dictionary<string, string>(), "main form[action$='/release']");
        Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        Assert.Equal(FeedbackStatus.New, (await factory.LetterAsync(code)).Status);
    }

    [Fact]
    public async Task A_consented_reply_is_published_only_after_review_by_someone_other_than_the_replier()
    {
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.SubmitLetterAsync(Steps.Letter("关于规划发展的建议(公开流程测试)", body: "我的电话是13912345678,建议公开规划。",
            name: "欧阳公开", category: "Suggestion"));
        var id = (await factory.LetterAsync(code)).Id;

        // 吴敏 (author4, 规划发展处) is also made a confidentiality reviewer: she replies, so she may not review.
        await AddRoleAsync("author4", Roles.Reviewer);
        var coordinator = factory.CreateClientAs("author");
        var assign = await coordinator.PostFormAsync($"/admin/feedback/{id}", "assign-form",
            new() { ["Assign.DepartmentId"] = (await factory.DepartmentIdAsync("ghfz")).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);

        var replier = factory.CreateClientAs("author4");
        var reply = await replier.PostFormAsync($"/admin/feedback/{id}", "reply-form", new() { ["Reply.Text"] = "感谢建议,规划将按程序公开。" });
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        // The writer sees the reply at once; the public list does not show it yet.
        var status = await Html.ParseAsync(await citizen.SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal("已答复", status.QuerySelector("#letter-status")!.TextContent);
        Assert.Contains("感谢建议,规划将按程序公开。", status.QuerySelector("#reply")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("规划发展的建议", await citizen.GetStringAsync("/feedback"), StringComparison.Ordinal);

        var ownReview = await replier.GetDocumentAsync($"/admin/feedback/review/{id}");
        Assert.Contains("不能审查本人撰写的答复", ownReview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(ownReview.QuerySelector("#publish-form"));
        var token = await replier.AntiforgeryTokenAsync("/admin/feedback/review");
        var forced = await replier.PostAsync($"/admin/feedback/review/{id}/publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Publish.PublicSubject"] = "x", ["Publish.PublicBody"] = "y",
        }));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        Assert.Equal(FeedbackPublicationState.AwaitingReview, (await factory.LetterAsync(code)).PublicationState);

        // Another reviewer removes the phone number from the letter and publishes.
        var reviewer = factory.CreateClientAs("reviewer");
        Assert.Contains((await reviewer.GetDocumentAsync("/admin/feedback/review")).QuerySelectorAll("#review-queue a"), a => a.TextContent.Contains("公开流程测试", StringComparison.Ordinal));
        var publish = await reviewer.PostFormAsync($"/admin/feedback/review/{id}", "publish-form", new()
        {
            ["Publish.PublicSubject"] = "关于规划发展的建议(公开流程测试)", ["Publish.PublicBody"] = "建议公开规划。", ["Publish.Note"] = "已删除电话号码",
        });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var list = await citizen.GetStringAsync("/feedback");
        Assert.Contains("关于规划发展的建议(公开流程测试)", list, StringComparison.Ordinal);
        Assert.Contains("感谢建议,规划将按程序公开。", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", list, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳公开", list, StringComparison.Ordinal);
        Assert.True(await factory.AuditCountAsync("feedback.publish", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) == 1);
    }

    [Fact]
    public async Task The_database_refuses_a_publication_reviewed_by_the_replier()
    {
        var letter = (await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.First(l => l.PublicationState == FeedbackPublicationState.Published))));
        await using var conn = new NpgsqlConnection(factory.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE feedback_letters SET reviewed_by_id = replied_by_id WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", letter.Id);
        var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal("ck_feedback_letters_published_after_review", e.ConstraintName);
    }

    [Fact]
    public async Task Personal_data_is_masked_in_lists_never_public_and_shown_in_full_only_to_handlers_with_an_audit_record()
    {
        var code = await factory.CreateAnonymousClient().SubmitLetterAsync(Steps.Letter("个人信息测试留言", name: "慕容测试", phone: "13698765432",
            email: "murong.private@example.com"));
        var letter = await factory.LetterAsync(code);
        var id = letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var coordinator = factory.CreateClientAs("author");
        var list = await coordinator.GetStringAsync("/admin/feedback");
        Assert.Contains("慕**", list, StringComparison.Ordinal);
        Assert.Contains("136****5432", list, StringComparison.Ordinal);
        Assert.DoesNotContain("慕容测试", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13698765432", list, StringComparison.Ordinal);

        var detail = await coordinator.GetStringAsync($"/admin/feedback/{id}");
        Assert.DoesNotContain("13698765432", detail, StringComparison.Ordinal);
        var before = await factory.AuditCountAsync("feedback.personal-data.view", id);
        var full = await coordinator.GetDocumentAsync($"/admin/feedback/{id}?personal=true");
        Assert.Contains("13698765432", full.QuerySelector("#personal-data")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("murong.private@example.com", full.QuerySelector("#personal-data")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.AuditCountAsync("feedback.personal-data.view", id));

        // A reviewer sees the list but not the full data; an author of another department sees neither.
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("reviewer").GetAsync($"/admin/feedback/{id}?personal=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author3").GetAsync($"/admin/feedback/{id}")).StatusCode);
        Assert.DoesNotContain("个人信息测试留言", await factory.CreateClientAs("author3").GetStringAsync("/admin/feedback?show=all"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/admin/feedback/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("auditor").GetAsync("/admin/feedback")).StatusCode);

        var anonymous = factory.CreateAnonymousClient();
        var status = await anonymous.SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = code });
        foreach (var page in new[] { await status.TextAsync(), await anonymous.GetStringAsync("/feedback"), await anonymous.GetStringAsync("/api/feedback") })
        {
            Assert.DoesNotContain("慕容测试", page, StringComparison.Ordinal);
            Assert.DoesNotContain("13698765432", page, StringComparison.Ordinal);
            Assert.DoesNotContain("murong.private", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_open_data_api_carries_published_letters_without_personal_data()
    {
        var json = await factory.CreateAnonymousClient().GetStringAsync("/api/feedback");
        using var doc = JsonDocument.Parse(json);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var names = items[0].EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["id", "category", "subject", "body", "receivedAt", "reply", "repliedAt", "department"], names);
        var demo = await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Where(l => l.PublicationState == FeedbackPublicationState.Published)
            .Select(l => new { l.Name, l.Phone, l.Email, l.TrackingCode }).ToList()));
        var text = System.Text.RegularExpressions.Regex.Unescape(json);
        foreach (var l in demo)
        {
            if (l.Name is not null) Assert.DoesNotContain(l.Name, text, StringComparison.Ordinal);
            if (l.Phone is not null) Assert.DoesNotContain(l.Phone, text, StringComparison.Ordinal);
            if (l.Email is not null) Assert.DoesNotContain(l.Email, text, StringComparison.Ordinal);
            Assert.DoesNotContain(l.TrackingCode, text, StringComparison.Ordinal);
        }
    }

    async Task AddRoleAsync(string userName, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName);
        if (!await users.IsInRoleAsync(user!, role)) await users.AddToRoleAsync(user!, role);
    }
}
