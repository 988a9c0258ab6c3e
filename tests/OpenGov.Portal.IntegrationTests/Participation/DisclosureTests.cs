using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

public sealed class DisclosureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_application_goes_from_receipt_through_correction_consultation_and_extension_to_an_answer_counted_by_outcome()
    {
        var today = Cst.Today(factory.Clock);
        var countsBefore = await CountsAsync(today);
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.ApplyAsync("person", Steps.PersonApplication("2012年专利资助资金使用情况(流程测试)"));
        var id = S((await factory.ApplicationAsync(code)).Id);

        var coordinator = factory.CreateClientAs("author");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"/admin/applications/{id}", "assign-form",
            new() { ["Forms.Assign.DepartmentId"] = S(await factory.DepartmentIdAsync("zlgl")) })).StatusCode);

        var handler = factory.CreateClientAs("author2");
        Assert.Equal(HttpStatusCode.Redirect, (await handler.PostFormAsync($"/admin/applications/{id}", "correction-form",
            new() { ["Forms.Correction.Request"] = "请说明所需资金使用情况的年度和项目类别。" })).StatusCode);

        // The applicant sees the request and corrects online; the deadline restarts.
        var awaiting = await Html.ParseAsync(await citizen.SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal("待申请人补正", awaiting.QuerySelector("#application-status")!.TextContent);
        Assert.Contains("请说明所需资金使用情况", awaiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(awaiting.QuerySelector("form[action='/ysqgk/correction']"));
        var emptyCorrection = await CorrectAsync(citizen, code, "");
        Assert.Equal(HttpStatusCode.OK, emptyCorrection.StatusCode);
        Assert.Contains("请填写补正内容", (await Html.ParseAsync(emptyCorrection)).QuerySelector("#CorrectionText-error")!.TextContent, StringComparison.Ordinal);
        var corrected = await Html.ParseAsync(await CorrectAsync(citizen, code, "所需为2012年度专利资助资金,项目类别为发明专利。"));
        Assert.Equal("办理中", corrected.QuerySelector("#application-status")!.TextContent);
        Assert.Contains(corrected.QuerySelectorAll("#deadline-steps th"), th => th.TextContent == "补正");

        Assert.Equal(HttpStatusCode.Redirect, (await handler.PostFormAsync($"/admin/applications/{id}", "consultation-form",
            new() { ["Forms.Consultation.ThirdParty"] = "某测试企业", ["Forms.Consultation.SentOn"] = Iso(today) })).StatusCode);
        Assert.Equal(ApplicationStatus.Consulting, (await factory.ApplicationAsync(code)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await handler.PostFormAsync($"/admin/applications/{id}", "consultation-end-form",
            new() { ["Forms.ConsultationEnd.AnsweredOn"] = Iso(today), ["Forms.ConsultationEnd.Note"] = "不同意公开" })).StatusCode);

        // Only a leader approves an extension.
        var token = await handler.AntiforgeryTokenAsync($"/admin/applications/{id}");
        var byAuthor = await handler.PostAsync($"/admin/applications/{id}/extend", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Forms.Extension.WorkingDays"] = "5", ["Forms.Extension.Reason"] = "需要核对",
        }));
        Assert.Equal(HttpStatusCode.Conflict, byAuthor.StatusCode);
        var leader = factory.CreateClientAs("leader");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"/admin/applications/{id}", "extension-form",
            new() { ["Forms.Extension.WorkingDays"] = "5", ["Forms.Extension.Reason"] = "需要逐项核对资金数据" })).StatusCode);

        var answer = await handler.PostFormAsync($"/admin/applications/{id}", "answer-form", new()
        {
            ["Forms.Answer.Type"] = "Refused", ["Forms.Answer.Outcome"] = "RefusedThirdPartyRights",
            ["Forms.Answer.Text"] = "经征求第三方意见,所申请信息涉及商业秘密,不予公开。", ["Forms.Answer.LegalBasis"] = "《政府信息公开条例》第十五条",
        });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var final = await Html.ParseAsync(await citizen.SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal("已答复", final.QuerySelector("#application-status")!.TextContent);
        Assert.Equal("不予公开", final.QuerySelector("#answer-type")!.TextContent);
        Assert.Contains("第十五条", final.Body!.TextContent, StringComparison.Ordinal);
        var labels = final.QuerySelectorAll("#deadline-steps th").Select(th => th.TextContent).ToList();
        Assert.Contains("收到申请", labels);
        Assert.Contains("补正", labels);
        Assert.Contains("延长期限", labels);
        Assert.Contains("征求第三方意见", labels);
        Assert.Contains("答复截止日", labels);

        var countsAfter = await CountsAsync(today);
        Assert.Equal(countsBefore.Count(DisclosureOutcome.RefusedThirdPartyRights, ApplicantColumn.NaturalPerson) + 1,
            countsAfter.Count(DisclosureOutcome.RefusedThirdPartyRights, ApplicantColumn.NaturalPerson));
        Assert.Equal(countsBefore.Received[ApplicantColumn.NaturalPerson] + 1, countsAfter.Received[ApplicantColumn.NaturalPerson]);
        Assert.True(countsAfter.Balances);
        Assert.True(await factory.AuditCountAsync("application.extend", id) == 1);
        Assert.True(await factory.AuditCountAsync("application.correction.receive", id) == 1);
    }

    [Fact]
    public async Task Organisations_are_counted_in_their_template_column()
    {
        var today = Cst.Today(factory.Clock);
        var before = await CountsAsync(today);
        var code = await factory.CreateAnonymousClient().ApplyAsync("organisation", Steps.OrganisationApplication("专利统计原始数据(单位申请测试)", "LegalService"));
        var application = await factory.ApplicationAsync(code);
        Assert.Equal(ApplicantType.LegalPerson, application.ApplicantType);
        Assert.Equal(OrganisationType.LegalService, application.OrganisationType);
        var after = await CountsAsync(today);
        Assert.Equal(before.Received[ApplicantColumn.LegalService] + 1, after.Received[ApplicantColumn.LegalService]);
        Assert.Equal(before.CarriedForward[ApplicantColumn.LegalService] + 1, after.CarriedForward[ApplicantColumn.LegalService]);
    }

    [Fact]
    public async Task The_demo_year_2012_is_counted_like_the_national_template()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var c = await scope.ServiceProvider.GetRequiredService<DisclosureCountsQuery>().CountAsync(new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31));
        Assert.Equal(4, c.Received[ApplicantColumn.NaturalPerson]);
        Assert.Equal(1, c.Received[ApplicantColumn.Commercial]);
        Assert.Equal(1, c.Received[ApplicantColumn.Research]);
        Assert.Equal(1, c.Received[ApplicantColumn.PublicWelfare]);
        Assert.Equal(1, c.Received[ApplicantColumn.LegalService]);
        Assert.Equal(1, c.TotalCarriedOver);
        Assert.Equal(3, c.Count(DisclosureOutcome.Disclosed, ApplicantColumn.NaturalPerson));
        Assert.Equal(1, c.Count(DisclosureOutcome.PartiallyDisclosed));
        Assert.Equal(1, c.Count(DisclosureOutcome.RefusedThirdPartyRights, ApplicantColumn.Commercial));
        Assert.Equal(1, c.Count(DisclosureOutcome.UnableNotHeld, ApplicantColumn.LegalService));
        Assert.Equal(1, c.Count(DisclosureOutcome.NotProcessedRepeat, ApplicantColumn.Research));
        Assert.Equal(7, c.Handled());
        Assert.Equal(2, c.TotalCarriedForward);
        Assert.True(c.Balances);
        Assert.Equal(7, c.AnsweredOnTime);
        Assert.Equal(0, c.AnsweredLate);
    }

    [Fact]
    public async Task An_incomplete_application_is_shown_again_with_Chinese_messages_and_what_was_typed()
    {
        var fields = Steps.PersonApplication("");
        fields["IdNumber"] = "230102199001011235";
        fields["Delivery"] = "Post";
        fields["Address"] = "";
        var response = await factory.CreateAnonymousClient().SubmitAsync("/ysqgk/apply/person", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("请填写正确的18位居民身份证号码", page.QuerySelector("#IdNumber-error")!.TextContent);
        Assert.Equal("请填写所需政府信息的名称、文号或者便于查询的其他特征性描述", page.QuerySelector("#Description-error")!.TextContent);
        Assert.Equal("选择邮寄时,请填写通信地址", page.QuerySelector("#Address-error")!.TextContent);
        Assert.Equal("李申请", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal("230102199001011235", page.QuerySelector("input[name=IdNumber]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=Delivery][value=Post][checked]"));

        var org = await factory.CreateAnonymousClient().SubmitAsync("/ysqgk/apply/organisation", new Dictionary<string, string> { ["UnifiedCode"] = "12345" });
        var orgPage = await Html.ParseAsync(org);
        Assert.Equal("请选择单位类型", orgPage.QuerySelector("#OrganisationType-error")!.TextContent);
        Assert.Equal("请填写正确的18位统一社会信用代码", orgPage.QuerySelector("#UnifiedCode-error")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAnonymousClient().GetAsync("/ysqgk/apply/robot")).StatusCode);
    }

    [Fact]
    public async Task A_mismatched_outcome_is_refused_with_a_message_and_the_answer_kept()
    {
        var code = await factory.CreateAnonymousClient().ApplyAsync("person", Steps.PersonApplication("不匹配测试"));
        var id = S((await factory.ApplicationAsync(code)).Id);
        await factory.CreateClientAs("author").PostFormAsync($"/admin/applications/{id}", "assign-form",
            new() { ["Forms.Assign.DepartmentId"] = S(await factory.DepartmentIdAsync("zlgl")) });
        var response = await factory.CreateClientAs("author2").PostFormAsync($"/admin/applications/{id}", "answer-form", new()
        {
            ["Forms.Answer.Type"] = "Disclosed", ["Forms.Answer.Outcome"] = "NotProcessedRepeat", ["Forms.Answer.Text"] = "答复正文保留",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("应统计为:予以公开", page.QuerySelector("#Forms_Answer_Outcome-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("答复正文保留", page.QuerySelector("textarea[name='Forms.Answer.Text']")!.TextContent);
        Assert.Equal(ApplicationStatus.Processing, (await factory.ApplicationAsync(code)).Status);
    }

    [Fact]
    public async Task Released_documents_are_checked_and_reach_the_applicant_after_the_answer()
    {
        var citizen = factory.CreateAnonymousClient();
        var code = await citizen.ApplyAsync("person", Steps.PersonApplication("附件测试"));
        var id = S((await factory.ApplicationAsync(code)).Id);
        await factory.CreateClientAs("author").PostFormAsync($"/admin/applications/{id}", "assign-form",
            new() { ["Forms.Assign.DepartmentId"] = S(await factory.DepartmentIdAsync("zlgl")) });
        var handler = factory.CreateClientAs("author2");

        var fake = await UploadAsync(handler, id, "伪装.pdf", "MZ\u0090\0 not a pdf"u8.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, fake.StatusCode);
        Assert.Empty((await factory.ApplicationAsync(code)).Documents);
        var pdf = "%PDF-1.4\n% test\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(handler, id, "答复材料.pdf", pdf)).StatusCode);
        Assert.Single((await factory.ApplicationAsync(code)).Documents);

        var before = await Html.ParseAsync(await citizen.SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Empty(before.QuerySelectorAll("a[href^='/ysqgk/documents/']"));
        await handler.PostFormAsync($"/admin/applications/{id}", "answer-form", new()
        {
            ["Forms.Answer.Type"] = "Disclosed", ["Forms.Answer.Outcome"] = "Disclosed", ["Forms.Answer.Text"] = "予以公开,见附件。",
        });
        var after = await Html.ParseAsync(await citizen.SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code }));
        var link = Assert.Single(after.QuerySelectorAll("a[href^='/ysqgk/documents/']")).GetAttribute("href")!;
        var download = await factory.CreateAnonymousClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/ysqgk/documents/forged-token")).StatusCode);
    }

    [Fact]
    public async Task Personal_data_is_absent_from_the_tracking_page_and_masked_for_staff()
    {
        var code = await factory.CreateAnonymousClient().ApplyAsync("person", Steps.PersonApplication("个人信息测试申请", name: "司马隐私", id: "11010519491231002X"));
        var application = await factory.ApplicationAsync(code);
        var id = S(application.Id);

        var status = await (await factory.CreateAnonymousClient().SubmitAsync("/ysqgk/query", new Dictionary<string, string> { ["Code"] = code })).TextAsync();
        foreach (var secret in new[] { "司马隐私", "11010519491231002X", "13712345678", "applicant@example.com", "测试街88号" })
            Assert.DoesNotContain(secret, status, StringComparison.Ordinal);

        var coordinator = factory.CreateClientAs("author");
        var list = await coordinator.GetStringAsync("/admin/applications");
        Assert.Contains("司**", list, StringComparison.Ordinal);
        Assert.DoesNotContain("司马隐私", list, StringComparison.Ordinal);
        var detail = await coordinator.GetDocumentAsync($"/admin/applications/{id}");
        Assert.Contains("1101**********002X", detail.QuerySelector("#personal-data")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("137****5678", detail.QuerySelector("#personal-data")!.TextContent, StringComparison.Ordinal);
        var full = await coordinator.GetDocumentAsync($"/admin/applications/{id}?personal=true");
        Assert.Contains("11010519491231002X", full.QuerySelector("#personal-data")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.AuditCountAsync("application.personal-data.view", id));

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author3").GetAsync($"/admin/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("leader").GetAsync($"/admin/applications/{id}?personal=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("reviewer").GetAsync("/admin/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/admin/applications/999999")).StatusCode);
    }

    Task<DisclosureCounts> CountsAsync(DateOnly today) =>
        factory.DbAsync(db => new DisclosureCountsQuery(db).CountAsync(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)));

    static async Task<HttpResponseMessage> CorrectAsync(HttpClient citizen, string code, string text)
    {
        var token = await citizen.AntiforgeryTokenAsync("/ysqgk/query");
        return await citizen.PostAsync("/ysqgk/correction", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Code"] = code, ["CorrectionText"] = text,
        }));
    }

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string id, string fileName, byte[] bytes)
    {
        var token = await client.AntiforgeryTokenAsync($"/admin/applications/{id}");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", fileName);
        return await client.PostAsync($"/admin/applications/{id}/documents", content);
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
