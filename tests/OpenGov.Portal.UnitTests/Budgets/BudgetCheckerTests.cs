using OpenGov.Portal.Domain.Budgets;
using static OpenGov.Portal.Domain.Budgets.BudgetTableKind;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class BudgetCheckerTests
{
    [Theory]
    [InlineData(FunctionalExpenditure, Samples.Function)]
    [InlineData(Summary, Samples.Summary)]
    [InlineData(ThreePublic, Samples.ThreePublic)]
    [InlineData(BasicExpenditureByEconomic, Samples.Economic)]
    public void Consistent_tables_have_no_problems(BudgetTableKind kind, string csv) =>
        Assert.Empty(Samples.Problems(kind, csv));

    [Fact]
    public void A_class_that_is_not_the_sum_of_its_kuan_is_named_with_its_row_and_cell()
    {
        var problems = Samples.Problems(FunctionalExpenditure, Samples.Function.Replace("201,一般公共服务支出,150.00,100.00,50.00", "201,一般公共服务支出,160.00,110.00,50.00"));
        Assert.Contains(problems, p => p.Row == 2 && p.Cell == "C2" && p.Message.Contains("类 201") && p.Message.Contains("不等于其下各款之和 150.00"));
        Assert.Contains(problems, p => p.Row == 2 && p.Cell == "D2");
    }

    [Fact]
    public void A_kuan_that_is_not_the_sum_of_its_xiang_is_refused()
    {
        var problems = Samples.Problems(FunctionalExpenditure, Samples.Function.Replace("2013602,一般行政管理事务,50.00,0,50.00", "2013602,一般行政管理事务,40.00,0,40.00"));
        Assert.Contains(problems, p => p.Row == 3 && p.Message.Contains("款 20136") && p.Message.Contains("各项之和"));
    }

    [Fact]
    public void A_row_total_that_is_not_basic_plus_project_is_refused()
    {
        var problems = Samples.Problems(FunctionalExpenditure, Samples.Function.Replace("2013601,行政运行,100.00,100.00,0", "2013601,行政运行,100.00,90.00,0"));
        Assert.Contains(problems, p => p.Row == 4 && p.Cell == "C4" && p.Message.Contains("不等于基本支出+项目支出之和 90.00"));
    }

    [Fact]
    public void A_total_row_that_does_not_add_up_is_refused()
    {
        var problems = Samples.Problems(FunctionalExpenditure, Samples.Function.Replace("合计,,180.00,100.00,80.00", "合计,,181.00,100.00,81.00"));
        Assert.Contains(problems, p => p.Row == 9 && p.Cell == "C9" && p.Message.Contains("不等于各行之和 180.00"));
        Assert.Contains(problems, p => p.Row == 9 && p.Cell == "E9");
    }

    [Fact]
    public void Duplicate_codes_are_refused_naming_both_rows()
    {
        var csv = Samples.Function.Replace("206,科学技术支出,30.00,0,30.00", "206,科学技术支出,30.00,0,30.00\n2060502,技术创新服务体系,1.00,0,1.00");
        var problems = Samples.Problems(FunctionalExpenditure, csv);
        Assert.Contains(problems, p => p.Row == 9 && p.Cell == "A9" && p.Message.Contains("“2060502”重复(与第7行相同)"));
    }

    [Theory]
    [InlineData("2069998", "不在支出功能分类科目表中")]
    [InlineData("20X", "格式不正确")]
    [InlineData("2060", "格式不正确")]
    public void Unknown_or_malformed_codes_are_refused(string code, string message)
    {
        var csv = Samples.Function.Replace("2060502,技术创新服务体系", code + ",某项");
        Assert.Contains(Samples.Problems(FunctionalExpenditure, csv), p => p.Row == 8 && p.Cell == "A8" && p.Message.Contains(message));
    }

    [Fact]
    public void Economic_codes_stop_at_kuan_level_and_use_their_own_list()
    {
        var csv = Samples.Economic + "\n303,对个人和家庭的补助,0\n3030101,某项,0";
        var problems = Samples.Problems(BasicExpenditureByEconomic, csv);
        Assert.Contains(problems, p => p.Message.Contains("3位(类)或5位(款)"));
        Assert.Contains(Samples.Problems(BasicExpenditureByEconomic, Samples.Economic.Replace("30201,办公费", "30298,某费")), p => p.Message.Contains("不在支出经济分类科目表中"));
    }

    [Fact]
    public void A_kuan_without_its_class_is_refused()
    {
        var csv = Samples.Function.Replace("206,科学技术支出,30.00,0,30.00\n", "").Replace("合计,,180.00,100.00,80.00", "");
        Assert.Contains(Samples.Problems(FunctionalExpenditure, csv), p => p.Message.Contains("上级类 206 不在表中"));
    }

    [Fact]
    public void Negative_amounts_are_refused_naming_the_cell()
    {
        var csv = Samples.Economic.Replace("30201,办公费,20.00", "30201,办公费,-20.00").Replace("302,商品和服务支出,20.00", "302,商品和服务支出,-20.00");
        var problems = Samples.Problems(BasicExpenditureByEconomic, csv);
        Assert.Contains(problems, p => p.Row == 6 && p.Cell == "C6" && p.Message.Contains("不能为负数"));
    }

    [Fact]
    public void A_two_sided_table_must_balance()
    {
        var csv = Samples.Summary.Replace("收入,事业收入,10.00", "收入,事业收入,12.00").Replace("收入,合计,180.00", "收入,合计,182.00");
        Assert.Contains(Samples.Problems(Summary, csv), p => p.Row == 7 && p.Message.Contains("收入合计 182.00 与支出合计 180.00 不相等"));
    }

    [Fact]
    public void A_two_sided_table_refuses_an_unknown_direction()
    {
        var csv = Samples.Summary.Replace("收入,事业收入,10.00", "其他,事业收入,10.00");
        Assert.Contains(Samples.Problems(Summary, csv), p => p.Cell == "A3" && p.Message.Contains("方向"));
    }

    [Fact]
    public void Vehicle_costs_must_be_purchase_plus_operation()
    {
        var csv = Samples.ThreePublic.Replace("其中:公务用车运行费,32.00", "其中:公务用车运行费,30.00");
        var problems = Samples.Problems(ThreePublic, csv);
        Assert.Contains(problems, p => p.Row == 3 && p.Cell == "B3" && p.Message.Contains("不等于购置费与运行费之和 30.00"));
    }

    [Fact]
    public void Three_public_items_are_a_fixed_list()
    {
        var problems = Samples.Problems(ThreePublic, Samples.ThreePublic.Replace("公务接待费,14.50", "会议费,14.50"));
        Assert.Contains(problems, p => p.Row == 6 && p.Message.Contains("不是“三公”经费的项目"));
        Assert.Contains(problems, p => p.Row is null && p.Message.Contains("缺少“公务接待费”行"));
    }

    [Fact]
    public void Full_width_brackets_are_accepted_for_three_public_items() =>
        Assert.Empty(Samples.Problems(ThreePublic, Samples.ThreePublic.Replace("因公出国(境)费", "因公出国\uFF08境\uFF09费")));

    [Fact]
    public void Totals_are_computed_from_the_top_level_rows()
    {
        var (table, _) = Samples.Parse(FunctionalExpenditure, Samples.Function);
        var total = Assert.Single(BudgetTotals.Compute(table.Schema, table.Rows));
        Assert.Equal([180.00m, 100.00m, 80.00m], total.Amounts);
    }
}
