using OpenGov.Portal.Domain.Budgets;
using static OpenGov.Portal.Domain.Budgets.BudgetTableKind;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class BudgetSheetParserTests
{
    [Fact]
    public void Reads_lines_and_keeps_the_total_row_apart()
    {
        var (table, problems) = Samples.Parse(FunctionalExpenditure, Samples.Function);
        Assert.Empty(problems);
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal("20136", table.Rows[1].Code);
        Assert.Equal(3, table.Rows[1].Amounts.Count);
        var total = Assert.Single(table.TotalRows);
        Assert.Equal(9, total.RowNumber);
    }

    [Fact]
    public void Wrong_columns_are_refused_naming_the_expected_header()
    {
        var (_, problems) = Samples.Parse(FunctionalExpenditure, "编码,名称,金额\n201,一般公共服务支出,1");
        var p = Assert.Single(problems);
        Assert.Equal((1, "A1"), (p.Row, p.Cell));
        Assert.Contains("表头(列名)不正确:应为“科目编码,科目名称,合计,基本支出,项目支出”", p.Message);
    }

    [Fact]
    public void Text_in_an_amount_cell_is_refused_naming_row_and_cell()
    {
        var (_, problems) = Samples.Parse(FunctionalExpenditure, Samples.Function.Replace("2013602,一般行政管理事务,50.00,0,50.00", "2013602,一般行政管理事务,五十,0,50.00"));
        var p = Assert.Single(problems);
        Assert.Equal((5, "C5"), (p.Row, p.Cell));
        Assert.Contains("合计:“五十”不是有效的金额", p.Message);
        Assert.Contains("第5行 C5单元格", p.ToString());
    }

    [Fact]
    public void A_missing_or_extra_column_is_named_by_its_cell()
    {
        Assert.Equal("E1", Assert.Single(Samples.Parse(FunctionalExpenditure, "科目编码,科目名称,合计,基本支出\n201,x,1,1").Problems).Cell);
        Assert.Equal("C1", Assert.Single(Samples.Parse(ThreePublic, "项目,金额,备注\n公务接待费,1,").Problems).Cell);
    }

    [Fact]
    public void Cells_beyond_the_header_are_refused() =>
        Assert.Contains(Samples.Parse(ThreePublic, Samples.ThreePublic.Replace("公务接待费,14.50", "公务接待费,14.50,备注")).Problems,
            p => p.Cell == "C6");

    [Fact]
    public void A_missing_code_is_refused_and_a_missing_name_is_filled_from_the_reference_list()
    {
        var (table, problems) = Samples.Parse(FunctionalExpenditure, Samples.Function.Replace("2013601,行政运行", "2013601,"));
        Assert.Empty(problems);
        Assert.Equal("行政运行", table.Rows[2].Name);
        Assert.Contains(Samples.Parse(FunctionalExpenditure, Samples.Function.Replace("2013601,行政运行", ",行政运行")).Problems,
            p => p.Cell == "A4" && p.Message == "科目编码不能为空");
    }

    [Fact]
    public void A_header_without_data_is_refused() =>
        Assert.Contains(Samples.Parse(ThreePublic, "项目,金额\n").Problems, p => p.Message.Contains("没有数据行"));
}
