using System.Text;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Budgets.Import;

namespace OpenGov.Portal.UnitTests.Budgets;

/// <summary>Small, consistent tables in the import layout.</summary>
internal static class Samples
{
    public const string Function = """
        科目编码,科目名称,合计,基本支出,项目支出
        201,一般公共服务支出,150.00,100.00,50.00
        20136,知识产权事务,150.00,100.00,50.00
        2013601,行政运行,100.00,100.00,0
        2013602,一般行政管理事务,50.00,0,50.00
        206,科学技术支出,30.00,0,30.00
        20605,科技条件与服务,30.00,0,30.00
        2060502,技术创新服务体系,30.00,0,30.00
        合计,,180.00,100.00,80.00
        """;

    public const string Summary = """
        方向,项目,金额
        收入,一般公共预算拨款,170.00
        收入,事业收入,10.00
        支出,一般公共服务支出,150.00
        支出,科学技术支出,30.00
        收入,合计,180.00
        支出,合计,180.00
        """;

    public const string ThreePublic = """
        项目,金额
        因公出国(境)费,8.00
        公务用车购置及运行费,32.00
        其中:公务用车购置费,0
        其中:公务用车运行费,32.00
        公务接待费,14.50
        合计,54.50
        """;

    public const string Economic = """
        科目编码,科目名称,金额
        301,工资福利支出,80.00
        30101,基本工资,50.00
        30102,津贴补贴,30.00
        302,商品和服务支出,20.00
        30201,办公费,20.00
        """;

    public static byte[] Utf8(string text, bool bom = false) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static RawSheet Sheet(string csv, string name = "sheet") => CsvSheetReader.Read(name, Utf8(csv));

    public static (ParsedTable Table, List<BudgetProblem> Problems) Parse(BudgetTableKind kind, string csv) =>
        BudgetSheetParser.Parse(BudgetSchemas.For(kind), Sheet(csv));

    /// <summary>Parses and checks; returns every problem.</summary>
    public static List<BudgetProblem> Problems(BudgetTableKind kind, string csv)
    {
        var (table, problems) = Parse(kind, csv);
        if (problems.Count == 0) problems.AddRange(BudgetChecker.Check(table));
        return problems;
    }

    /// <summary>A workbook with the given tables as sheets (sheet name = table title).</summary>
    public static byte[] Workbook(params (BudgetTableKind Kind, string Csv)[] tables) => XlsxWorkbookWriter.Write(
        tables.Select(t => new XlsxWorkbookWriter.SheetContent(BudgetSchemas.For(t.Kind).Title,
            Sheet(t.Csv).Rows.Select(r => (IReadOnlyList<object?>)r.Cells.Select(c => (object?)c).ToList()).ToList())).ToList());
}
