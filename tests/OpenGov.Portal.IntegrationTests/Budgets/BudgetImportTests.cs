using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Budgets;

public sealed class BudgetImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    async Task<byte[]> DemoWorkbookAsync(HttpClient author) =>
        await author.GetByteArrayAsync($"/admin/budgets/editions/{await factory.PublishedEditionIdAsync(2013)}/workbook.xlsx");

    [Fact]
    public async Task A_good_workbook_is_previewed_and_saved_only_when_confirmed()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2014);
        var workbook = await DemoWorkbookAsync(author);

        var preview = await Html.ParseAsync(await author.UploadAsync(edition, "2014预算.xlsx", workbook));
        Assert.Contains("文件校验通过,共 7 张表", preview.QuerySelector("main")!.TextContent);
        Assert.Equal(7, preview.QuerySelectorAll("table.budget-table").Length);
        Assert.Equal(0, await factory.LineCountAsync(edition));

        var confirm = await author.ImportAsync(edition, "2014预算.xlsx", workbook);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(await factory.LineCountAsync(await factory.PublishedEditionIdAsync(2013)), await factory.LineCountAsync(edition));

        var page = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}");
        Assert.Contains("已导入 7 张表", page.QuerySelector(".flash-ok")!.TextContent);
        Assert.Equal(7, page.QuerySelectorAll("table.budget-table").Length);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "budget.import" && a.EntityId == edition.ToString()));
    }

    [Fact]
    public async Task A_CSV_file_replaces_only_its_table()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2015);
        var csv = await author.GetByteArrayAsync("/budgets/2013/budget/function.csv");
        Assert.Equal(HttpStatusCode.Redirect, (await author.ImportAsync(edition, "一般公共预算支出表.csv", csv, "function")).StatusCode);
        var doc = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}");
        var function = doc.QuerySelector("#table-function")!;
        Assert.Contains("2013601", function.TextContent);
        Assert.Contains("暂无数据", doc.QuerySelector("#table-summary")!.TextContent);
    }

    static readonly string[] BadCaseNames = ["columns", "text", "negative", "duplicate", "unknown", "total", "parent", "empty", "renamed", "gbk"];

    public static TheoryData<string> BadCases => new(BadCaseNames);

    [Theory]
    [MemberData(nameof(BadCases))]
    public async Task Each_bad_file_is_refused_naming_row_and_cell_and_nothing_is_saved(string bad)
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2030 + Array.IndexOf(BadCaseNames, bad));
        var csv = await author.CsvAsync("/budgets/2013/budget/function.csv");
        var (fileName, bytes, row, cell, message) = bad switch
        {
            "columns" => ("f.csv", BudgetTestData.Utf8(csv.Replace("科目编码,科目名称,合计", "编码,名称,合计")), 1, "A1", "表头(列名)不正确"),
            "text" => Csv(BudgetTestData.WithCell(csv, "2013601,", 2, "一百万"), "C", "“一百万”不是有效的金额"),
            "negative" => Csv(BudgetTestData.WithCell(csv, "2013607,", 4, "-63.60"), "E", "项目支出不能为负数"),
            "duplicate" => Csv(BudgetTestData.WithCell(csv, "2060702,", 0, "2060502"), "A", "“2060502”重复"),
            "unknown" => Csv(BudgetTestData.WithCell(csv, "2060702,", 0, "2060798"), "A", "“2060798”不在支出功能分类科目表中"),
            "total" => Csv(BudgetTestData.WithCell(csv, "合计,", 3, "1.00"), "D", "合计行的基本支出 1.00 不等于各行之和"),
            "parent" => Csv(BudgetTestData.WithCell(csv, "206,", 4, "999.00"), "E", "的项目支出 999.00 不等于其下各款之和"),
            "empty" => ("f.csv", Array.Empty<byte>(), (int?)null, "—", "文件为空"),
            "renamed" => ("budget.xlsx", "%PDF-1.4 not a workbook"u8.ToArray(), null, "—", "不是有效的 Excel 工作簿"),
            _ => ("f.csv", new byte[] { 0xBF, 0xC6, 0xC4, 0xBF, 0xB1, 0xE0, 0xC2, 0xEB }, null, "—", "不是 UTF-8 编码"),
        };

        var response = await author.UploadAsync(edition, fileName, bytes, "function");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        Assert.Contains("未导入任何数据", preview.QuerySelector(".flash-err")!.TextContent);
        Assert.Null(preview.QuerySelector("form[action$='/import/confirm']"));
        var problems = BudgetTestData.Problems(preview);
        Assert.Contains(problems, p => p.Row == row && p.Cell == cell && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await factory.LineCountAsync(edition));
    }

    static (string, byte[], int?, string, string) Csv((string Csv, int Row) changed, string column, string message) =>
        ("f.csv", BudgetTestData.Utf8(changed.Csv), changed.Row, column + changed.Row, message);

    [Fact]
    public async Task A_workbook_with_one_bad_sheet_imports_nothing()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2016);
        var good = CsvSheetReader.Read("f", await author.GetByteArrayAsync("/budgets/2013/budget/function.csv"));
        var bad = CsvSheetReader.Read("t", BudgetTestData.Utf8(BudgetTestData.WithCell(await author.CsvAsync("/budgets/2013/budget/three-public.csv"), "公务接待费,", 1, "abc").Csv));
        var workbook = XlsxWorkbookWriter.Write(
        [
            new("一般公共预算支出表", good.Rows.Select(r => (IReadOnlyList<object?>)r.Cells.Cast<object?>().ToList()).ToList()),
            new("“三公”经费表", bad.Rows.Select(r => (IReadOnlyList<object?>)r.Cells.Cast<object?>().ToList()).ToList()),
        ]);
        var preview = await Html.ParseAsync(await author.UploadAsync(edition, "mixed.xlsx", workbook));
        var problem = Assert.Single(BudgetTestData.Problems(preview));
        Assert.Equal(("B6", "金额:“abc”不是有效的金额,请填写数字(单位:万元)"), (problem.Cell, problem.Message));
        Assert.Equal(0, await factory.LineCountAsync(edition));
    }

    [Fact]
    public async Task A_50_MB_upload_is_refused_with_a_message_not_an_error()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2017);
        var response = await author.UploadAsync(edition, "huge.xlsx", new byte[50 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/budgets/editions/{edition}/import", response.Headers.Location!.OriginalString);
        var page = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}/import");
        Assert.Contains("超过 5 MB 的上限,未导入任何数据", page.QuerySelector(".flash-err")!.TextContent);
        Assert.Equal(0, await factory.LineCountAsync(edition));
    }

    [Fact]
    public async Task A_confirm_with_a_tampered_payload_saves_nothing()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2018);
        var token = await author.AntiforgeryTokenAsync($"/admin/budgets/editions/{edition}/import");
        var response = await author.PostAsync($"/admin/budgets/editions/{edition}/import/confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["payload"] = "forged" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.LineCountAsync(edition));
    }

    [Fact]
    public async Task The_edit_form_keeps_input_and_names_the_row_then_saves_a_consistent_table()
    {
        var author = factory.CreateClientAs("author");
        var edition = await author.CreateDraftAsync(2019);
        var url = $"/admin/budgets/editions/{edition}/tables/three-public";
        var form = await author.GetDocumentAsync(url);
        Assert.Equal("因公出国(境)费", form.QuerySelector("input[name='Lines[0].Name']")!.GetAttribute("value"));

        var fields = new Dictionary<string, string>
        {
            ["Lines[0].Name"] = "因公出国(境)费", ["Lines[0].Amounts[0]"] = "5",
            ["Lines[1].Name"] = "公务用车购置及运行费", ["Lines[1].Amounts[0]"] = "20",
            ["Lines[2].Name"] = "公务用车购置费", ["Lines[2].Amounts[0]"] = "0",
            ["Lines[3].Name"] = "公务用车运行费", ["Lines[3].Amounts[0]"] = "18.5",
            ["Lines[4].Name"] = "公务接待费", ["Lines[4].Amounts[0]"] = "九",
        };
        var refused = await Html.ParseAsync(await author.SubmitAsync(url, fields));
        var errors = refused.QuerySelector(".flash-err")!.TextContent;
        Assert.Contains("第5行 B5单元格:金额:“九”不是有效的金额", errors);
        Assert.Equal("九", refused.QuerySelector("input[name='Lines[4].Amounts[0]']")!.GetAttribute("value"));
        Assert.Equal(0, await factory.LineCountAsync(edition));

        fields["Lines[4].Amounts[0]"] = "9";
        var sums = await Html.ParseAsync(await author.SubmitAsync(url, fields));
        Assert.Contains("第2行 B2单元格:“公务用车购置及运行费” 20.00 不等于购置费与运行费之和 18.50", sums.QuerySelector(".flash-err")!.TextContent);

        fields["Lines[1].Amounts[0]"] = "18.50";
        var saved = await author.SubmitAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(5, await factory.LineCountAsync(edition));
        var page = await author.GetDocumentAsync($"/admin/budgets/editions/{edition}");
        Assert.Contains("32.50", page.QuerySelector("#table-three-public tfoot")!.TextContent);
    }

    [Fact]
    public async Task The_create_form_validates_in_Chinese_and_refuses_an_existing_year()
    {
        var author = factory.CreateClientAs("author");
        var empty = await Html.ParseAsync(await author.SubmitAsync("/admin/budgets/new", new Dictionary<string, string> { ["FiscalYear"] = "", ["Kind"] = "budget" }));
        Assert.Contains("请填写预算年度", empty.QuerySelector("#FiscalYear-error")!.TextContent);
        var old = await Html.ParseAsync(await author.SubmitAsync("/admin/budgets/new", new Dictionary<string, string> { ["FiscalYear"] = "1999", ["Kind"] = "budget" }));
        Assert.Contains("预算年度应在 2000 至 2100 之间", old.QuerySelector("#FiscalYear-error")!.TextContent);
        Assert.Equal("1999", old.QuerySelector("input[name=FiscalYear]")!.GetAttribute("value"));
        var taken = await Html.ParseAsync(await author.SubmitAsync("/admin/budgets/new", new Dictionary<string, string> { ["FiscalYear"] = "2013", ["Kind"] = "budget" }));
        Assert.Contains("2013年的部门预算已经存在", taken.QuerySelector("#FiscalYear-error")!.TextContent);
        var kind = await Html.ParseAsync(await author.SubmitAsync("/admin/budgets/new", new Dictionary<string, string> { ["FiscalYear"] = "2020", ["Kind"] = "x" }));
        Assert.Contains("类型无效", kind.QuerySelector("#Kind-error")!.TextContent);
    }

    [Fact]
    public async Task Templates_are_offered_and_readable()
    {
        var author = factory.CreateClientAs("author");
        var list = await author.GetDocumentAsync("/admin/budgets");
        Assert.NotNull(list.QuerySelector("a[href='/admin/budgets/templates/budget-template.xlsx']"));
        Assert.NotNull(list.QuerySelector("nav a[href='/admin/budgets']"));
        var sheets = XlsxWorkbookReader.Read(await author.GetByteArrayAsync("/admin/budgets/templates/budget-template.xlsx"));
        Assert.Equal(8, sheets.Count);
        var csv = await author.CsvAsync("/admin/budgets/templates/function.csv");
        Assert.StartsWith("科目编码,科目名称,合计,基本支出,项目支出", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/admin/budgets/templates/nope.csv")).StatusCode);
    }

    [Fact]
    public async Task Other_departments_roles_and_bad_ids_are_refused_without_errors()
    {
        var edition = await factory.CreateClientAs("author").CreateDraftAsync(2021);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author2").GetAsync($"/admin/budgets/editions/{edition}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author2").GetAsync($"/admin/budgets/editions/{edition}/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("reviewer").GetAsync("/admin/budgets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("admin").GetAsync($"/admin/budgets/editions/{edition}")).StatusCode);
        var author = factory.CreateClientAs("author");
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/admin/budgets/editions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/budgets/editions/{edition}/tables/nope")).StatusCode);
        var article = await factory.PublishAsync("不是预算的信息", upTo: Domain.Publishing.EditionStatus.Draft);
        await using var scope = factory.Services.CreateAsyncScope();
        var articleEdition = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Editions.Where(e => e.PublicationId == article).Select(e => e.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/admin/budgets/editions/{articleEdition}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().GetAsync("/admin/budgets")).StatusCode);
    }
}
