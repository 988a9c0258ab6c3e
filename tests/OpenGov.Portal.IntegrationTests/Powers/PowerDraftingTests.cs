using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Powers;

public sealed class PowerDraftingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    static Dictionary<string, string> PowerFields(string code, string name) => new()
    {
        ["Category"] = "Confirmation",
        ["Code"] = code,
        ["Name"] = name,
        ["ImplementingBody"] = "黑龙江省知识产权局",
        ["StatutoryTimeLimit"] = "20个工作日",
        ["PromisedTimeLimit"] = "10个工作日",
        ["Fee"] = "0",
        ["FeeBasis"] = "",
        ["LegalBases[0].LawName"] = "《中华人民共和国专利法实施细则》",
        ["LegalBases[0].Article"] = "第八十一条",
        ["LegalBases[0].Text"] = "管辖的规定。",
        ["LegalBases[1].LawName"] = "",
        ["LegalBases[1].Article"] = "",
        ["LegalBases[1].Text"] = "",
        ["Materials"] = "申请书\n身份证明",
        ["Responsibilities"] = "受理、审查、决定。",
        ["Accountability"] = "不依法受理的。",
        ["ContactPhone"] = "0451-1",
        ["ComplaintPhone"] = "0451-2",
        ["Command"] = "save",
    };

    /// <summary>The flow form's fields for a flow, as the editor posts them.</summary>
    static Dictionary<string, string> FlowFields(FlowDefinition flow)
    {
        var fields = new Dictionary<string, string> { ["Command"] = "save" };
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var s = flow.Steps[i];
            fields[$"Steps[{i}].Key"] = s.Key;
            fields[$"Steps[{i}].Kind"] = s.Kind.ToString();
            fields[$"Steps[{i}].Label"] = s.Label;
            fields[$"Steps[{i}].Post"] = s.Post ?? "";
            fields[$"Steps[{i}].TimeLimit"] = s.TimeLimit ?? "";
            for (var b = 0; b < s.Next.Count; b++)
            {
                fields[$"Steps[{i}].Next[{b}].To"] = s.Next[b].To;
                fields[$"Steps[{i}].Next[{b}].Label"] = s.Next[b].Label ?? "";
            }
        }
        return fields;
    }

    static readonly Dictionary<string, string> NoFields = [];

    static int EditionIdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Creating_a_power_shows_Chinese_messages_and_keeps_the_input()
    {
        var client = factory.CreateClientAs("author2");
        var fields = PowerFields("bad code!", "");
        fields["LegalBases[0].Text"] = "";
        fields["Fee"] = "-5";
        fields["Responsibilities"] = "";
        var response = await client.SubmitAsync("/admin/powers/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("事项编码只能包含字母、数字和连字符", doc.QuerySelector("#Code-error")!.TextContent);
        Assert.Contains("请填写事项名称", doc.QuerySelector("#Name-error")!.TextContent);
        Assert.Contains("收费金额不能为负数", doc.QuerySelector("#Fee-error")!.TextContent);
        Assert.Contains("请填写条款内容", doc.QuerySelector("#LegalBases_0__Text-error")!.TextContent);
        Assert.Contains("请填写责任事项", doc.QuerySelector("#Responsibilities-error")!.TextContent);
        Assert.Equal("bad code!", doc.QuerySelector("input[name=Code]")!.GetAttribute("value"));
        Assert.Equal("《中华人民共和国专利法实施细则》", doc.QuerySelector("input[name='LegalBases[0].LawName']")!.GetAttribute("value"));
        Assert.Contains("申请书", doc.QuerySelector("textarea[name=Materials]")!.TextContent);
        Assert.Equal("selected", doc.QuerySelector("select[name=Category] option[value=Confirmation]")!.GetAttribute("selected"));

        var empty = await client.SubmitAsync("/admin/powers/new", new Dictionary<string, string> { ["Command"] = "save" });
        var emptyDoc = await Html.ParseAsync(empty);
        Assert.True(empty.StatusCode == HttpStatusCode.OK, $"{empty.StatusCode}: {emptyDoc.QuerySelector("main")?.TextContent}");
        Assert.Contains("请选择权力类别", emptyDoc.QuerySelector("#Category-error")!.TextContent);
        Assert.Contains("请填写事项编码", emptyDoc.QuerySelector("#Code-error")!.TextContent);
        Assert.Contains("请至少填写一条设定依据", emptyDoc.QuerySelector(".validation-summary-errors")!.TextContent);
    }

    [Fact]
    public async Task A_code_in_use_by_another_power_is_refused()
    {
        var response = await factory.CreateClientAs("author2").SubmitAsync("/admin/powers/new", PowerFields("xk-001", "重复编码的事项"));
        var doc = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("事项编码“XK-001”已被“专利代理机构设立审批(初审)”使用", doc.QuerySelector("#Code-error")!.TextContent);
    }

    [Fact]
    public async Task Legal_basis_rows_are_added_and_removed_without_javascript()
    {
        var client = factory.CreateClientAs("author2");
        var fields = PowerFields("ROW-1", "行测试");
        fields["Command"] = "add-basis";
        var doc = await Html.ParseAsync(await client.SubmitAsync("/admin/powers/new", fields));
        Assert.Equal(3, doc.QuerySelectorAll("input[name$='.LawName']").Length);
        Assert.DoesNotContain(doc.QuerySelectorAll(".field-error"), e => e.TextContent.Trim().Length > 0);
        fields["Command"] = "remove-basis:0";
        doc = await Html.ParseAsync(await client.SubmitAsync("/admin/powers/new", fields));
        Assert.Single(doc.QuerySelectorAll("input[name$='.LawName']"));
        Assert.Equal("", doc.QuerySelector("input[name='LegalBases[0].LawName']")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task An_author_drafts_a_power_and_its_flow_and_after_review_and_sign_off_it_is_public()
    {
        var author = factory.CreateClientAs("author2");
        var created = await author.SubmitAsync("/admin/powers/new", PowerFields("qr-100", "专利实施许可合同备案"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = EditionIdFrom(created);
        Assert.Equal($"/admin/powers/{id}/flow", created.Headers.Location!.OriginalString);

        // The editor starts from a template; a real flow is saved through the list form.
        var editor = await author.GetDocumentAsync($"/admin/powers/{id}/flow");
        Assert.Equal(3, editor.QuerySelectorAll("ol.flow-rows > li").Length);
        var flow = TestPowers.Flow("提交备案申请", "窗口受理", "材料是否齐全", "予以备案", "不予备案", "办结");
        var saved = await author.SubmitAsync($"/admin/powers/{id}/flow", FlowFields(flow), "form.flow-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var preview = await author.GetDocumentAsync($"/admin/powers/{id}");
        Assert.NotNull(preview.QuerySelector(".power-details svg"));
        var submitted = await author.SubmitAsync($"/admin/powers/{id}", NoFields, "form[action$='/submit']");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        // Nothing is public before sign-off; the reviewer sees it through the view component.
        var citizen = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/powers/QR-100")).StatusCode);
        var review = await factory.CreateClientAs("reviewer").GetDocumentAsync($"/admin/powers/{id}");
        Assert.Contains("待保密审查", review.QuerySelector(".power-details")!.TextContent);
        Assert.Equal(["提交备案申请", "窗口受理", "材料是否齐全", "予以备案", "不予备案", "办结"],
            review.QuerySelectorAll("ol.flow-steps .step-label").Select(e => e.TextContent));

        await factory.ReviewAsync(id);
        await factory.PublishAsync(id);
        var page = await citizen.GetDocumentAsync("/powers/QR-100");
        Assert.Equal("专利实施许可合同备案", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("行政确认", page.QuerySelector("table.power-meta")!.TextContent);
        Assert.Contains("专利管理处", page.QuerySelector("table.power-meta")!.TextContent);
        Assert.Contains("QR-100", string.Join(",", (await citizen.GetDocumentAsync("/powers?category=Confirmation")).QuerySelectorAll("td.code").Select(t => t.TextContent)));
    }

    [Fact]
    public async Task An_invalid_flow_is_refused_naming_the_step_and_the_input_is_kept()
    {
        var id = await factory.CreateAsync("FLOW-1", "流程校验测试", EditionStatus.Draft);
        var author = factory.CreateClientAs("author2");
        var flow = TestPowers.Flow();
        var fields = FlowFields(flow);
        fields["Steps[2].Next[1].Label"] = "";              // a decision branch without a label
        fields["Steps[4].Next[0].To"] = "s99";              // a dangling reference
        var response = await author.SubmitAsync($"/admin/powers/{id}/flow", fields, "form.flow-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var summary = doc.QuerySelector(".validation-summary-errors")!.TextContent;
        Assert.Contains("步骤“是否符合条件”(d1):判断步骤的每个分支都须填写分支说明", summary);
        Assert.Contains("步骤“不予”(s3):后续步骤“s99”不存在", summary);
        Assert.Contains("后续步骤“s99”不存在", doc.QuerySelector("#Steps_4_error")!.TextContent);
        Assert.Equal("s99", doc.QuerySelector("input[name='Steps[4].Next[0].To']")!.GetAttribute("value"));
        Assert.Equal("不予", doc.QuerySelector("input[name='Steps[4].Label']")!.GetAttribute("value"));

        // Nothing was saved: the stored flow is still the valid one.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = await db.PowerItems.Include(i => i.Steps).ThenInclude(s => s.Next).SingleAsync(i => i.EditionId == id);
        Assert.True(flow.SameAs(stored.Flow));
    }

    [Fact]
    public async Task A_flow_of_the_maximum_300_steps_is_saved_through_the_form()
    {
        var id = await factory.CreateAsync("FLOW-300", "三百步流程", EditionStatus.Draft);
        var steps = new List<FlowNode> { new("k0", FlowStepKind.Start, "开始", null, null, [new("k1", null)]) };
        for (var i = 1; i < 299; i++)
            steps.Add(new($"k{i}", FlowStepKind.Step, $"第{i}个环节", "经办人", "1日", [new($"k{i + 1}", null)]));
        steps.Add(new("k299", FlowStepKind.End, "办结", null, null, []));
        var fields = FlowFields(new FlowDefinition(steps));
        Assert.True(fields.Count > 2048, "more fields than the framework's default form limits allow");

        var response = await factory.CreateClientAs("author2").SubmitAsync($"/admin/powers/{id}/flow", fields, "form.flow-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var preview = await factory.CreateClientAs("author2").GetDocumentAsync($"/admin/powers/{id}");
        Assert.Equal(300, preview.QuerySelectorAll("ol.flow-steps > li").Length);
    }

    [Fact]
    public async Task Steps_and_branches_are_added_and_removed_without_javascript()
    {
        var id = await factory.CreateAsync("FLOW-2", "流程编辑测试", EditionStatus.Draft);
        var author = factory.CreateClientAs("author2");
        var fields = FlowFields(TestPowers.Flow());
        fields["Command"] = "add-step";
        var doc = await Html.ParseAsync(await author.SubmitAsync($"/admin/powers/{id}/flow", fields, "form.flow-form"));
        Assert.Equal(7, doc.QuerySelectorAll("ol.flow-rows > li").Length);
        Assert.Equal("s6", doc.QuerySelector("input[name='Steps[6].Key']")!.GetAttribute("value"));
        Assert.DoesNotContain(doc.QuerySelectorAll(".validation-summary-errors li"), li => li.TextContent.Trim().Length > 0);

        fields["Command"] = "remove-step:4";
        doc = await Html.ParseAsync(await author.SubmitAsync($"/admin/powers/{id}/flow", fields, "form.flow-form"));
        Assert.Equal(5, doc.QuerySelectorAll("ol.flow-rows > li").Length);
        Assert.Equal("end", doc.QuerySelector("input[name='Steps[4].Key']")!.GetAttribute("value"));

        fields["Command"] = "add-branch:1";
        doc = await Html.ParseAsync(await author.SubmitAsync($"/admin/powers/{id}/flow", fields, "form.flow-form"));
        Assert.NotNull(doc.QuerySelector("input[name='Steps[1].Next[1].To']"));
    }

    [Fact]
    public async Task A_flow_is_imported_and_exported_as_json()
    {
        var id = await factory.CreateAsync("FLOW-3", "流程导入测试", EditionStatus.Draft);
        var author = factory.CreateClientAs("author2");

        var bad = await author.SubmitAsync($"/admin/powers/{id}/flow", new Dictionary<string, string> { ["json"] = "{ not json" }, "section.flow-import form");
        var badDoc = await Html.ParseAsync(bad);
        Assert.Contains("流程 JSON 格式不正确", badDoc.QuerySelector("#Json-error")!.TextContent);
        Assert.Contains("{ not json", badDoc.QuerySelector("textarea#Json")!.TextContent);

        var flow = DemoFlow();
        var invalid = FlowJson.Export(new FlowDefinition([.. flow.Steps.Take(flow.Steps.Count - 1)]));
        var invalidDoc = await Html.ParseAsync(await author.SubmitAsync($"/admin/powers/{id}/flow", new Dictionary<string, string> { ["json"] = invalid }, "section.flow-import form"));
        Assert.Contains("后续步骤“end2”不存在", invalidDoc.QuerySelector(".validation-summary-errors")!.TextContent);
        Assert.Contains("尚未保存", invalidDoc.QuerySelector("main")!.TextContent);

        var good = await author.SubmitAsync($"/admin/powers/{id}/flow", new Dictionary<string, string> { ["json"] = FlowJson.Export(flow) }, "section.flow-import form");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        var export = await author.GetAsync($"/admin/powers/{id}/flow.json");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var (back, error) = FlowJson.Import(await export.Content.ReadAsStringAsync());
        Assert.Null(error);
        Assert.True(flow.SameAs(back!));

        // A file upload works too.
        var token = await author.AntiforgeryTokenAsync($"/admin/powers/{id}/flow");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(FlowJson.Export(TestPowers.Flow()))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "file", "flow.json" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"/admin/powers/{id}/flow/import", multipart)).StatusCode);
        var exported = FlowJson.Import(await author.GetStringAsync($"/admin/powers/{id}/flow.json")).Flow!;
        Assert.True(TestPowers.Flow().SameAs(exported));
    }

    static FlowDefinition DemoFlow() => OpenGov.Portal.Data.Seed.DemoPowerCatalogue.All[2].Flow;

    [Fact]
    public async Task A_revision_keeps_the_published_edition_public_until_it_is_published()
    {
        var first = await factory.CreateAsync("REV-1", "修订前的名称");
        var author = factory.CreateClientAs("author2");
        var revised = await author.SubmitAsync($"/admin/powers/{first}", NoFields, "form[action$='/revise']");
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var second = EditionIdFrom(revised);
        Assert.NotEqual(first, second);

        var form = await author.GetDocumentAsync($"/admin/powers/{second}/edit");
        Assert.Equal("REV-1", form.QuerySelector("input[name=Code]")!.GetAttribute("value"));
        var fields = PowerFields("REV-1", "修订后的名称");
        fields["Category"] = "Licensing";
        fields["ChangeNote"] = "调整事项名称";
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/admin/powers/{second}/edit", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/admin/powers/{second}", NoFields, "form[action$='/submit']")).StatusCode);

        var citizen = factory.CreateAnonymousClient();
        Assert.Equal("修订前的名称", (await citizen.GetDocumentAsync("/powers/REV-1")).QuerySelector("h1")!.TextContent);
        await factory.ReviewAsync(second);
        await factory.PublishAsync(second);
        var page = await citizen.GetDocumentAsync("/powers/REV-1");
        Assert.Equal("修订后的名称", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("调整事项名称", page.QuerySelector("ol.history")!.TextContent);

        // The first edition's data is history: the database refuses to change it.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ex = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE power_items SET name = '篡改' WHERE edition_id = {first}"));
        Assert.Contains("frozen", ex.MessageText);
        await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM power_flow_links WHERE edition_id = {second}"));
    }

    [Fact]
    public async Task A_renamed_code_redirects_from_the_old_address()
    {
        var first = await factory.CreateAsync("OLD-1", "改编码的事项");
        var author = factory.CreateClientAs("author2");
        var second = EditionIdFrom(await author.SubmitAsync($"/admin/powers/{first}", NoFields, "form[action$='/revise']"));
        var fields = PowerFields("NEW-1", "改编码的事项");
        fields["ChangeNote"] = "统一编码规则";
        await author.SubmitAsync($"/admin/powers/{second}/edit", fields);
        await author.SubmitAsync($"/admin/powers/{second}", NoFields, "form[action$='/submit']");
        await factory.ReviewAsync(second);
        await factory.PublishAsync(second);
        var response = await factory.CreateAnonymousClient().GetAsync("/powers/OLD-1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/powers/NEW-1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Two_published_powers_can_never_share_a_code()
    {
        await factory.CreateAsync("DUP-1", "第一个");
        // The form would refuse this; the domain is used directly to prove the database refuses it too.
        var second = await factory.CreateAsync("DUP-1", "第二个", EditionStatus.Reviewed, author: "author3");
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => factory.PublishAsync(second));
        Assert.Contains("already used by another published power", (ex as PostgresException ?? ex.InnerException as PostgresException)?.MessageText ?? ex.Message);
        var list = await factory.CreateAnonymousClient().GetStringAsync("/powers?q=DUP-1");
        Assert.Contains("第一个", list);
        Assert.DoesNotContain("第二个", list);
    }

    [Fact]
    public async Task Other_offices_other_roles_and_unknown_ids_are_refused()
    {
        var id = await factory.CreateAsync("ACL-1", "权限测试", EditionStatus.Draft);
        var other = factory.CreateClientAs("author3");   // 法律事务处
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/powers/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/powers/{id}/flow")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/powers/{id}")).StatusCode);
        Assert.DoesNotContain("权限测试", await other.GetStringAsync("/admin/powers"));

        var reviewer = factory.CreateClientAs("reviewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/admin/powers/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/admin/powers/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("admin").GetAsync("/admin/powers")).StatusCode);

        var author = factory.CreateClientAs("author2");
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/admin/powers/999999/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/admin/powers/999999/flow")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/admin/powers/999999")).StatusCode);
        Assert.Contains("权限测试", await author.GetStringAsync("/admin/powers"));
        Assert.Contains("/admin/powers", (await author.GetDocumentAsync("/admin")).QuerySelector("nav")!.InnerHtml);

        var anonymous = await factory.CreateAnonymousClient().GetAsync("/admin/powers");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_submitted_power_cannot_be_edited()
    {
        var id = await factory.CreateAsync("LOCK-1", "已提交的事项", EditionStatus.Submitted);
        var author = factory.CreateClientAs("author2");
        var response = await author.GetAsync($"/admin/powers/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await author.GetDocumentAsync($"/admin/powers/{id}");
        Assert.Contains("不能修改", page.QuerySelector(".flash-err")!.TextContent);
        Assert.Null(page.QuerySelector("form[action$='/submit']"));
    }
}
