using System.Diagnostics;
using System.Xml.Linq;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Powers.Flowcharts;
using OpenGov.Portal.Domain.Powers.Flows;
using Xunit.Abstractions;
using static OpenGov.Portal.Domain.Powers.Flows.FlowStepKind;
using static OpenGov.Portal.UnitTests.Powers.TestFlows;

namespace OpenGov.Portal.UnitTests.Powers;

public sealed class FlowchartTests(ITestOutputHelper output)
{
    static readonly FlowchartRenderer.Options Options = new("测试流程图", "测试用的流程", "t");

    public static TheoryData<string> DemoCodes() => new(DemoPowerCatalogue.All.Select(s => s.Details.Code));

    [Theory, MemberData(nameof(DemoCodes))]
    public void Demo_flows_lay_out_without_overlaps_or_edges_through_nodes(string code)
    {
        var flow = DemoPowerCatalogue.All.Single(s => s.Details.Code == code).Flow;
        LayoutInvariants.Check(flow, FlowchartLayouter.Layout(flow));
    }

    [Fact]
    public void Random_flows_keep_the_invariants()
    {
        foreach (var seed in Enumerable.Range(1, 80))
        {
            var flow = TestFlows.Random(seed);
            LayoutInvariants.Check(flow, FlowchartLayouter.Layout(flow));
        }
    }

    [Fact]
    public void Invalid_flows_still_draw_what_they_can()
    {
        var flow = new FlowDefinition([
            N("a", Start, "开始", ("b", null), ("nowhere", null), ("a", null)),
            N("b", Step, "", ("a", null)),
            N("b", Decision, "重复编号"),
            N("c", End, "孤立的结束"),
        ]);
        var layout = FlowchartLayouter.Layout(flow);
        LayoutInvariants.Check(flow, layout);
        Assert.Equal(4, layout.Nodes.Count);
        XDocument.Parse(FlowchartRenderer.Render(layout, Options));
    }

    [Fact]
    public void Output_is_the_same_bytes_for_the_same_flow()
    {
        foreach (var make in new Func<FlowDefinition>[] { Valid, () => Large(150), () => DemoPowerCatalogue.All[1].Flow })
        {
            var first = FlowchartRenderer.Render(make(), Options);
            var second = FlowchartRenderer.Render(make(), Options);
            Assert.Equal(first, second);
        }
        // A copy made through JSON (new objects, same content) draws the same too.
        var demo = DemoPowerCatalogue.All[2].Flow;
        Assert.Equal(FlowchartRenderer.Render(demo, Options), FlowchartRenderer.Render(FlowJson.Import(FlowJson.Export(demo)).Flow!, Options));
    }

    [Fact]
    public void A_200_step_flow_renders_correctly()
    {
        var flow = Large(200);
        Assert.Empty(FlowRules.Check(flow));
        FlowchartRenderer.Render(flow, Options);   // warm-up: JIT
        var watch = Stopwatch.StartNew();
        var layout = FlowchartLayouter.Layout(flow);
        var svg = FlowchartRenderer.Render(layout, Options);
        watch.Stop();
        output.WriteLine($"200 steps: {watch.ElapsedMilliseconds} ms, {svg.Length / 1024} KB, {layout.Width}×{layout.Height}");

        LayoutInvariants.Check(flow, layout);
        var doc = XDocument.Parse(svg);
        Assert.Equal(200, doc.Descendants(LayoutInvariants.Svg + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("node ", StringComparison.Ordinal) == true));
        Assert.Equal(layout.Edges.Count, doc.Descendants(LayoutInvariants.Svg + "path").Count(p => ((string?)p.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Svg_is_well_formed_accessible_and_scales()
    {
        var svg = FlowchartRenderer.Render(DemoPowerCatalogue.All[0].Flow, new("专利代理机构设立审批(初审)权力运行流程图", "共 12 个步骤", "p1", Standalone: true));
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(LayoutInvariants.Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("p1-title p1-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("专利代理机构设立审批(初审)权力运行流程图", root.Element(LayoutInvariants.Svg + "title")!.Value);
        Assert.Equal("共 12 个步骤", root.Element(LayoutInvariants.Svg + "desc")!.Value);
        Assert.Matches(@"^0 0 \d+ \d+$", (string?)root.Attribute("viewBox"));
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", svg, StringComparison.OrdinalIgnoreCase);
        // Start and end are rounded, decisions are diamonds.
        var nodes = doc.Descendants(LayoutInvariants.Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("node ", StringComparison.Ordinal) == true).ToList();
        Assert.All(nodes.Where(n => ((string)n.Attribute("class")!).EndsWith("decision", StringComparison.Ordinal)), n => Assert.NotNull(n.Element(LayoutInvariants.Svg + "polygon")));
        Assert.All(nodes.Where(n => ((string)n.Attribute("class")!).EndsWith(" end", StringComparison.Ordinal)),
            n => Assert.Equal((double)n.Element(LayoutInvariants.Svg + "rect")!.Attribute("height")! / 2, (double)n.Element(LayoutInvariants.Svg + "rect")!.Attribute("rx")!, 1));
        // Branch labels are drawn.
        var labels = doc.Descendants(LayoutInvariants.Svg + "text").Where(t => t.Parent?.Attribute("class")?.Value == "edge-labels").Select(t => t.Value).ToList();
        Assert.Equal(["是", "否", "符合", "不符合"], labels);
    }

    [Fact]
    public void Text_in_steps_is_escaped_and_shown_as_text()
    {
        var flow = new FlowDefinition([
            N("start", Start, "<script>alert('x')</script>", ("d", null)),
            N("d", Decision, "A & B \"quoted\"", ("end", "<b>是</b>"), ("e2", "否\u0001")),
            new("end", End, "结束]]>", "岗位<i>", "1 < 2", []),
            N("e2", End, "结束"),
        ]);
        var svg = FlowchartRenderer.Render(flow, new("<title>", "desc & more", "x\"y"));
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        var doc = XDocument.Parse(svg);
        var texts = doc.Descendants(LayoutInvariants.Svg + "tspan").Select(t => t.Value).Concat(doc.Descendants(LayoutInvariants.Svg + "text").Select(t => t.Value)).ToList();
        Assert.Contains(texts, t => t.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("A & B", StringComparison.Ordinal));
        Assert.Contains("<b>是</b>", texts);
        Assert.Contains("否", texts);
        Assert.Equal("<title>", doc.Root!.Element(LayoutInvariants.Svg + "title")!.Value);
    }

    [Fact]
    public void Labels_wrap_to_their_box_and_cjk_counts_one_em()
    {
        Assert.Equal(14, TextMetrics.Width("专利", 7));
        var lines = TextMetrics.Wrap("出具同意意见,报国家知识产权局审批", 168, 14);
        Assert.All(lines, l => Assert.True(TextMetrics.Width(l, 14) <= 168 + 14));
        Assert.Equal("出具同意意见,报国家知识产权局审批", string.Concat(lines));
        Assert.DoesNotContain(lines, l => l.StartsWith(',') || l.StartsWith('。'));
        Assert.Equal(["Patent", "Attorney", "Office"], TextMetrics.Wrap("Patent Attorney Office", 70, 14));
        Assert.Equal(["公示期内是", "否有异议"], TextMetrics.WrapBalanced("公示期内是否有异议", 112, 14));
        var layout = FlowchartLayouter.Layout(Valid());
        Assert.All(layout.Nodes, n => Assert.All(n.Lines, l => Assert.True(TextMetrics.Width(l, FlowchartLayouter.FontSize) <= n.Width)));
    }

    [Fact]
    public void Loops_are_drawn_upwards_back_to_their_step()
    {
        var layout = FlowchartLayouter.Layout(Valid());
        var back = Assert.Single(layout.Edges, e => e.IsBack);
        Assert.Equal(("s3", "s1"), (back.From, back.To));
        Assert.True(back.Points[^1].Y < back.Points[0].Y);
        var s1 = layout.Nodes.Single(n => n.Key == "s1");
        Assert.Equal(s1.Bottom, back.Points[^1].Y, 1);
    }
}
