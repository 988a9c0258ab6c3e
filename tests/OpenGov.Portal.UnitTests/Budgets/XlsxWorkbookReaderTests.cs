using System.IO.Compression;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;
using static OpenGov.Portal.Domain.Budgets.BudgetTableKind;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class XlsxWorkbookReaderTests
{
    [Fact]
    public void Reads_sheets_by_name_with_text_and_numbers()
    {
        var bytes = XlsxWorkbookWriter.Write([new("三公", [["项目", "金额"], ["公务接待费", 14.5m], [null, "x"]])]);
        var sheet = Assert.Single(XlsxWorkbookReader.Read(bytes));
        Assert.Equal("三公", sheet.Name);
        Assert.Equal(["项目", "金额"], sheet.Rows[0].Cells);
        Assert.Equal("公务接待费", sheet.Rows[1].Cell(0));
        Assert.True(Money.TryParse(sheet.Rows[1].Cell(1), out var amount, out _));
        Assert.Equal(14.5m, amount);
        Assert.Equal(["", "x"], sheet.Rows[2].Cells);
    }

    [Fact]
    public void A_good_workbook_imports_every_table_it_holds()
    {
        var import = BudgetFileReader.Read("budget.xlsx", Samples.Workbook((FunctionalExpenditure, Samples.Function), (ThreePublic, Samples.ThreePublic)), null);
        Assert.True(import.IsValid, string.Join("; ", import.Problems));
        Assert.Equal([FunctionalExpenditure, ThreePublic], import.Tables.Select(t => t.Kind));
    }

    [Fact]
    public void A_PDF_renamed_xlsx_is_refused()
    {
        var import = BudgetFileReader.Read("budget.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj"u8.ToArray(), null);
        Assert.Contains("不是有效的 Excel 工作簿", Assert.Single(import.Problems).Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<doc/>");
        }
        var import = BudgetFileReader.Read("budget.xlsx", stream.ToArray(), null);
        Assert.Contains("不是有效的 Excel 工作簿", Assert.Single(import.Problems).Message);
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Contains("文件为空", Assert.Single(BudgetFileReader.Read("budget.xlsx", [], null).Problems).Message);

    [Fact]
    public void Unknown_sheets_are_refused_but_the_instructions_sheet_is_ignored()
    {
        var bytes = XlsxWorkbookWriter.Write([new("说明", [["随便写"]]), new("Sheet1", [["a"]]), new(BudgetSchemas.For(ThreePublic).Title, Samples.Sheet(Samples.ThreePublic).Rows.Select(r => (IReadOnlyList<object?>)r.Cells.Cast<object?>().ToList()).ToList())]);
        var import = BudgetFileReader.Read("x.xlsx", bytes, null);
        Assert.Contains("工作表“Sheet1”不是标准表格", Assert.Single(import.Problems).Message);
    }

    [Fact]
    public void The_workbook_template_has_every_table_and_imports_as_header_only_problems()
    {
        var sheets = XlsxWorkbookReader.Read(BudgetFiles.WorkbookTemplate());
        Assert.Equal(["说明", .. BudgetSchemas.All.Select(s => s.Title)], sheets.Select(s => s.Name));
        foreach (var schema in BudgetSchemas.All)
            Assert.Equal(schema.Headers, sheets.Single(s => s.Name == schema.Title).Rows[0].Cells);
    }

    [Fact]
    public void A_CSV_for_one_table_is_chosen_by_the_form_or_named_after_the_table()
    {
        Assert.True(BudgetFileReader.Read("whatever.csv", Samples.Utf8(Samples.Economic, bom: true), BasicExpenditureByEconomic).IsValid);
        Assert.True(BudgetFileReader.Read("economic.csv", Samples.Utf8(Samples.Economic), null).IsValid);
        Assert.Contains("请选择该 CSV 文件对应的表格", Assert.Single(BudgetFileReader.Read("data.csv", Samples.Utf8(Samples.Economic), null).Problems).Message);
    }

    [Fact]
    public void Other_file_types_are_refused() =>
        Assert.Contains("只能导入 .xlsx 工作簿或 .csv 文件", Assert.Single(BudgetFileReader.Read("budget.xls", [1, 2, 3], null).Problems).Message);

    [Fact]
    public void Files_over_the_limit_are_refused() =>
        Assert.Contains("5 MB", Assert.Single(BudgetFileReader.Read("b.csv", new byte[BudgetFileReader.MaxBytes + 1], ThreePublic).Problems).Message);
}
