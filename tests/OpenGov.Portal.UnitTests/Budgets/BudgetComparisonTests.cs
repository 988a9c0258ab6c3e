using OpenGov.Portal.Domain.Budgets;
using static OpenGov.Portal.Domain.Budgets.BudgetTableKind;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class BudgetComparisonTests
{
    [Fact]
    public void Change_and_percent_per_row_and_for_the_total()
    {
        var (from, _) = Samples.Parse(FunctionalExpenditure, Samples.Function);
        var (to, _) = Samples.Parse(FunctionalExpenditure, Samples.Function
            .Replace("201,一般公共服务支出,150.00,100.00,50.00", "201,一般公共服务支出,165.00,100.00,65.00")
            .Replace("20136,知识产权事务,150.00,100.00,50.00", "20136,知识产权事务,165.00,100.00,65.00")
            .Replace("2013602,一般行政管理事务,50.00,0,50.00", "2013602,一般行政管理事务,65.00,0,65.00"));
        var lines = BudgetComparison.Compare(from.Schema, from.Rows, to.Rows);
        var cls = lines.Single(l => l.Code == "201");
        Assert.Equal((150m, 165m, 15m, 10.00m), (cls.From, cls.To, cls.Change, cls.Percent));
        var total = lines.Single(l => l.IsTotal);
        Assert.Equal((180m, 195m, 15m, 8.33m), (total.From, total.To, total.Change, total.Percent));
    }

    [Fact]
    public void A_row_new_this_year_or_from_zero_has_no_percent()
    {
        var (from, _) = Samples.Parse(ThreePublic, Samples.ThreePublic);
        var (to, _) = Samples.Parse(ThreePublic, Samples.ThreePublic.Replace("其中:公务用车购置费,0", "其中:公务用车购置费,20.00")
            .Replace("公务用车购置及运行费,32.00", "公务用车购置及运行费,52.00").Replace("合计,54.50", "合计,74.50"));
        var purchase = BudgetComparison.Compare(from.Schema, from.Rows, to.Rows).Single(l => l.Name == ThreePublicItems.VehiclePurchase);
        Assert.Equal(20m, purchase.Change);
        Assert.Null(purchase.Percent);

        var (econ, _) = Samples.Parse(BasicExpenditureByEconomic, Samples.Economic);
        var added = BudgetComparison.Compare(econ.Schema, [], econ.Rows).Single(l => l.Code == "30201");
        Assert.Null(added.From);
        Assert.Null(added.Percent);
        Assert.Equal(20m, added.Change);
    }
}
