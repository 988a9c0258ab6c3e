using System.Xml.Linq;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.UnitTests.Budgets;

public sealed class BarChartSvgTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Output_is_well_formed_SVG_with_title_description_and_a_bar_per_value()
    {
        var chart = new BarChart("c1", "支出 <按类> & 构成", "数据见下表", ["2012年", "2013年"],
            [new("一般公共服务支出", [10m, 12m]), new("科学技术支出", [0m, 3m])], "万元");
        var doc = XDocument.Parse(BarChartSvg.Render(chart));
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("支出 <按类> & 构成", root.Element(Svg + "title")!.Value);
        Assert.Equal(4 + 2, root.Elements(Svg + "rect").Count()); // four bars and two legend keys
        Assert.Contains(root.Elements(Svg + "text"), t => t.Value == "12.00");
    }

    [Fact]
    public void All_zero_values_draw_without_dividing_by_zero()
    {
        var svg = BarChartSvg.Render(new BarChart("z", "空", "无", ["金额"], [new("a", [0m])], "万元"));
        Assert.DoesNotContain("NaN", svg);
        XDocument.Parse(svg);
    }

    [Fact]
    public void Each_table_gets_a_chart()
    {
        var (table, _) = Samples.Parse(BudgetTableKind.FunctionalExpenditure, Samples.Function);
        var chart = BudgetCharts.For(table.Schema, 2013, table.Rows);
        Assert.Equal(["一般公共服务支出", "科学技术支出"], chart.Groups.Select(g => g.Label));
        var (three, _) = Samples.Parse(BudgetTableKind.ThreePublic, Samples.ThreePublic);
        var yoy = BudgetCharts.For(three.Schema, 2013, three.Rows, three.Rows);
        Assert.Equal(["2012年", "2013年"], yoy.Series);
    }
}
