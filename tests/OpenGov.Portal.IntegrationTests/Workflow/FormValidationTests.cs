using System.Net;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

/// <summary>Every workflow form answers bad input with Chinese field messages and keeps what was typed.</summary>
public sealed class FormValidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_empty_draft_gets_a_message_per_field_and_keeps_the_input()
    {
        var response = await factory.CreateClientAs("author").FillAndSubmitAsync("/admin/editions/new", new Dictionary<string, string>
        {
            ["Title"] = "", ["Summary"] = "已经写好的摘要", ["Body"] = "", ["Topic"] = "", ["ColumnId"] = "", ["CreatedOn"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("请填写标题", page.FieldError("Title"));
        Assert.Equal("请填写正文", page.FieldError("Body"));
        Assert.Equal("请填写主题分类", page.FieldError("Topic"));
        Assert.Equal("请选择栏目", page.FieldError("ColumnId"));
        Assert.Equal("请填写生成日期", page.FieldError("CreatedOn"));
        Assert.Equal("已经写好的摘要", page.QuerySelector("textarea[name=Summary]")!.TextContent);
    }

    [Fact]
    public async Task Bad_values_are_named_and_the_typed_body_is_kept()
    {
        var fields = WorkflowSteps.Draft(new string('标', 201), body: "<script>alert(1)</script>");
        fields["ColumnId"] = (await WorkflowSteps.ColumnIdAsync(factory, "notices")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["CreatedOn"] = "2026-13-45";
        fields["Kind"] = "Budget";
        var page = await Html.ParseAsync(await factory.CreateClientAs("author").FillAndSubmitAsync("/admin/editions/new", fields));
        Assert.Equal("标题不能超过 200 个字", page.FieldError("Title"));
        Assert.Contains("不是有效的值", page.FieldError("CreatedOn"));
        Assert.Equal("请选择信息类型", page.FieldError("Kind"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("textarea[name=Body]")!.TextContent);

        fields["Title"] = "只有脚本的正文";
        fields["CreatedOn"] = "2026-03-01";
        fields["Kind"] = "Article";
        page = await Html.ParseAsync(await factory.CreateClientAs("author").FillAndSubmitAsync("/admin/editions/new", fields));
        Assert.Equal("正文没有可显示的内容,请填写正文", page.FieldError("Body"));
    }

    [Theory]
    [InlineData("", "", "请选择审查结论", "Decision")]
    [InlineData("Return", "", "退回须填写理由", "Reason")]
    [InlineData("", "写了理由但没选结论", "请选择审查结论", "Decision")]
    [InlineData("Classified", "", "标记涉密或不宜公开须填写理由", "Reason")]
    [InlineData("NotForDisclosure", "  ", "标记涉密或不宜公开须填写理由", "Reason")]
    public async Task The_review_form_asks_for_a_decision_and_a_reason(string decision, string reason, string message, string field)
    {
        var pubId = await factory.PublishAsync("审查表单校验-" + decision + field, upTo: EditionStatus.Submitted);
        var id = await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Where(db.Editions, e => e.PublicationId == pubId)));
        var response = await factory.CreateClientAs("reviewer").FillAndSubmitAsync($"/admin/review/{id.Id}",
            new Dictionary<string, string> { ["Decision"] = decision, ["Reason"] = reason });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(reason.Trim(), page.QuerySelector("textarea[name=Reason]")!.TextContent.Trim());
        Assert.Equal(EditionStatus.Submitted, (await factory.EditionAsync(id.Id)).Status);
    }

    [Fact]
    public async Task The_sign_off_form_wants_a_future_time_to_schedule_and_a_reason_to_return()
    {
        var pubId = await factory.PublishAsync("签发表单校验", upTo: EditionStatus.Reviewed);
        var id = (await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Where(db.Editions, e => e.PublicationId == pubId)))).Id;
        var leader = factory.CreateClientAs("leader");

        var noTime = await Html.ParseAsync(await leader.SignOffAsync(id, "Schedule"));
        Assert.Equal("请填写定时发布的时间", noTime.FieldError("ScheduleAt"));

        var past = OpenGov.Portal.Infrastructure.Cst.ToCst(factory.Clock.GetUtcNow().AddHours(-1)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var pastPage = await Html.ParseAsync(await leader.SignOffAsync(id, "Schedule", scheduleAt: past));
        Assert.Equal("定时发布的时间须晚于当前时间(北京时间)", pastPage.FieldError("ScheduleAt"));
        Assert.Equal(past, pastPage.QuerySelector("input[name=ScheduleAt]")!.GetAttribute("value"));

        var noReason = await Html.ParseAsync(await leader.SignOffAsync(id, "Return"));
        Assert.Equal("退回须填写理由", noReason.FieldError("Reason"));
        Assert.Equal(EditionStatus.Reviewed, (await factory.EditionAsync(id)).Status);
    }

    [Fact]
    public async Task The_withdraw_form_wants_a_public_reason()
    {
        var pubId = await factory.PublishAsync("撤回表单校验");
        var response = await factory.CreateClientAs("leader").FillAndSubmitAsync($"/admin/signoff/withdraw/{pubId}", new Dictionary<string, string> { ["PublicReason"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请填写撤回理由(将在网站上公开显示)", (await Html.ParseAsync(response)).FieldError("PublicReason"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().GetAsync($"/items/{pubId}")).StatusCode);
    }

    [Fact]
    public async Task The_audit_filter_refuses_an_end_before_the_start_and_keeps_the_dates()
    {
        var page = await factory.CreateClientAs("auditor").GetDocumentAsync("/admin/audit?From=2026-03-10&To=2026-03-01");
        Assert.Equal("结束日期不能早于开始日期", page.FieldError("To"));
        Assert.Equal("2026-03-10", page.QuerySelector("input[name=From]")!.GetAttribute("value"));
    }
}
