using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flows;
using static OpenGov.Portal.Domain.Powers.Flows.FlowStepKind;
using static OpenGov.Portal.UnitTests.Powers.TestFlows;

namespace OpenGov.Portal.UnitTests.Powers;

public sealed class FlowRulesTests
{
    static FlowProblem Single(FlowDefinition flow)
    {
        var problems = FlowRules.Check(flow);
        return Assert.Single(problems);
    }

    [Fact]
    public void A_valid_flow_with_a_loop_that_has_a_way_out_passes() => Assert.Empty(FlowRules.Check(Valid()));

    [Fact]
    public void Demo_flows_pass()
    {
        foreach (var seed in OpenGov.Portal.Data.Seed.DemoPowerCatalogue.All)
        {
            Assert.Empty(FlowRules.Check(seed.Flow));
            Assert.InRange(seed.Flow.Steps.Count, 5, 16);
            Assert.Contains(seed.Flow.Steps, s => s.Kind == Decision);
        }
    }

    [Fact]
    public void An_empty_flow_is_refused() =>
        Assert.Contains("至少需要一个开始步骤和一个结束步骤", Single(FlowDefinition.Empty).Message);

    [Fact]
    public void A_flow_without_a_start_is_refused()
    {
        var flow = With(Valid(), 0, s => s with { Kind = Step });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "流程须有一个开始步骤");
    }

    [Fact]
    public void A_second_start_is_refused_naming_both()
    {
        var flow = With(Valid(), 4, s => s with { Kind = Start });
        var p = Assert.Single(FlowRules.Check(flow), p => p.Message.Contains("只能有一个开始步骤"));
        Assert.Equal(4, p.StepIndex);
        Assert.StartsWith("步骤“审查”(s2)", p.Message);
        Assert.Contains("步骤“申请”(start)", p.Message);
    }

    [Fact]
    public void A_flow_without_an_end_is_refused()
    {
        var flow = With(Valid(), 5, s => s with { Kind = Step, Next = [new("s1", null)] });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "流程须至少有一个结束步骤");
    }

    [Fact]
    public void A_step_without_next_steps_is_refused_by_name()
    {
        var flow = With(Valid(), 4, s => s with { Next = [] });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "步骤“审查”(s2):请指定后续步骤" && p.StepIndex == 4);
    }

    [Fact]
    public void An_end_with_next_steps_is_refused_by_name()
    {
        var flow = With(Valid(), 5, s => s with { Next = [new("s2", null)] });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "步骤“办结”(end):结束步骤不能有后续步骤");
    }

    [Fact]
    public void A_decision_needs_two_branches()
    {
        var flow = With(Valid(), 2, s => s with { Next = [new("s2", "是")] });
        var problems = FlowRules.Check(flow);
        Assert.Contains(problems, p => p.Message == "步骤“材料是否齐全”(d1):判断步骤至少需要两个分支");
    }

    [Fact]
    public void A_decision_branch_needs_a_label()
    {
        var flow = With(Valid(), 2, s => s with { Next = [new("s2", "是"), new("s3", " ")] });
        Assert.Equal("步骤“材料是否齐全”(d1):判断步骤的每个分支都须填写分支说明,如“是”“否”", Single(flow).Message);
    }

    [Fact]
    public void Decision_branch_labels_must_differ()
    {
        var flow = With(Valid(), 2, s => s with { Next = [new("s2", "是"), new("s3", "是")] });
        Assert.Equal("步骤“材料是否齐全”(d1):分支说明“是”重复", Single(flow).Message);
    }

    [Fact]
    public void A_dangling_reference_is_refused_by_name()
    {
        var flow = With(Valid(), 4, s => s with { Next = [new("s9", null)] });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "步骤“审查”(s2):后续步骤“s9”不存在");
    }

    [Fact]
    public void A_blank_next_step_is_refused()
    {
        var flow = With(Valid(), 4, s => s with { Next = [new(" ", null)] });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "步骤“审查”(s2):第 1 个后续步骤未填写编号");
    }

    [Fact]
    public void A_step_pointing_to_itself_is_refused()
    {
        var flow = With(Valid(), 4, s => s with { Next = [new("end", null), new("s2", null)] });
        Assert.Equal("步骤“审查”(s2):后续步骤不能是它自己", Single(flow).Message);
    }

    [Fact]
    public void The_same_next_step_twice_is_refused()
    {
        var flow = With(Valid(), 4, s => s with { Next = [new("end", null), new("end", null)] });
        Assert.Equal("步骤“审查”(s2):重复指向步骤“办结”(end)", Single(flow).Message);
    }

    [Fact]
    public void Leading_back_into_the_start_is_refused()
    {
        var flow = With(Valid(), 3, s => s with { Next = [new("start", null)] });
        Assert.Equal("步骤“一次性告知补正”(s3):后续步骤“start”是开始步骤,流程不能回到开始", Single(flow).Message);
    }

    [Fact]
    public void An_unreachable_step_is_refused_by_name()
    {
        var flow = new FlowDefinition([.. Valid().Steps, N("x", Step, "孤立环节", ("end", null))]);
        Assert.Equal("步骤“孤立环节”(x):从开始步骤无法到达该步骤", Single(flow).Message);
    }

    [Fact]
    public void A_loop_without_a_way_to_an_end_is_refused_naming_its_steps()
    {
        // 审查 ⇄ 复核 forever: both reachable, neither reaches the end.
        var flow = new FlowDefinition([
            N("start", Start, "申请", ("a", null)),
            N("a", Decision, "是否受理", ("b", "是"), ("end", "否")),
            N("b", Step, "审查", ("c", null)),
            N("c", Step, "复核", ("b", null)),
            N("end", End, "结束"),
        ]);
        var problems = FlowRules.Check(flow);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.StartsWith("步骤“审查”(b):从该步骤出发无法到达任何结束步骤", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("步骤“复核”(c):", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_may_not_be_empty_and_the_message_names_the_position()
    {
        var flow = With(Valid(), 4, s => s with { Label = "" });
        Assert.Equal("第 5 个步骤(s2):请填写步骤名称", Single(flow).Message);
    }

    [Theory]
    [InlineData("", "第 5 个步骤“审查”:请填写步骤编号")]
    [InlineData("s 2", "步骤“审查”(s 2):步骤编号只能包含字母、数字、连字符和下划线,且不超过 20 个字符")]
    [InlineData("s1", "步骤“审查”(s1):步骤编号“s1”与步骤“受理”(s1)重复")]
    public void Keys_must_be_present_url_safe_and_unique(string key, string message)
    {
        var flow = With(Valid(), 4, s => s with { Key = key });
        Assert.Contains(FlowRules.Check(flow), p => p.Message == message && p.StepIndex == 4);
    }

    [Fact]
    public void Overlong_fields_are_refused_by_name()
    {
        var flow = With(Valid(), 4, s => s with { Label = new string('审', PowerLimits.StepLabelMax + 1) });
        Assert.Contains($"步骤名称不能超过 {PowerLimits.StepLabelMax} 个字", Single(flow).Message);
        flow = With(Valid(), 4, s => s with { Post = new string('岗', PowerLimits.StepPostMax + 1), TimeLimit = new string('日', PowerLimits.StepTimeLimitMax + 1) });
        Assert.Equal(2, FlowRules.Check(flow).Count);
    }

    [Fact]
    public void More_steps_than_the_limit_are_refused_without_further_checks()
    {
        var flow = TestFlows.Large(PowerLimits.MaxSteps + 1);
        Assert.Equal($"流程步骤不能超过 {PowerLimits.MaxSteps} 个(当前 {PowerLimits.MaxSteps + 1} 个)", Single(flow).Message);
        Assert.Empty(FlowRules.Check(TestFlows.Large(PowerLimits.MaxSteps)));
    }

    [Fact]
    public void Random_generated_flows_are_valid() =>
        Assert.All(Enumerable.Range(1, 60), seed => Assert.Empty(FlowRules.Check(TestFlows.Random(seed))));
}
