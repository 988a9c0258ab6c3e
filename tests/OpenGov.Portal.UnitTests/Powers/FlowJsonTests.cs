using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.UnitTests.Powers;

public sealed class FlowJsonTests
{
    [Fact]
    public void Export_then_import_gives_the_same_flow()
    {
        foreach (var flow in new[] { TestFlows.Valid(), TestFlows.Large(120) }.Concat(OpenGov.Portal.Data.Seed.DemoPowerCatalogue.All.Select(s => s.Flow)))
        {
            var json = FlowJson.Export(flow);
            var (back, error) = FlowJson.Import(json);
            Assert.Null(error);
            Assert.True(flow.SameAs(back!));
            Assert.Equal(json, FlowJson.Export(back!));
        }
    }

    [Fact]
    public void Export_is_readable_json_in_the_documented_shape()
    {
        var json = FlowJson.Export(TestFlows.Valid());
        Assert.StartsWith("{\n  \"format\": \"opengov-power-flow\",\n  \"version\": 1,\n  \"steps\": [", json.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("\"kind\": \"decision\"", json);
        Assert.Contains("\"label\": \"材料是否齐全\"", json);   // Chinese stays readable
        Assert.Contains("{\n          \"to\": \"s3\",\n          \"label\": \"否\"\n        }", json.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "请粘贴或上传流程 JSON 文件")]
    [InlineData("{ \"format\": ", "流程 JSON 格式不正确")]
    [InlineData("[1,2]", "流程 JSON 格式不正确")]
    [InlineData("{\"format\":\"something-else\",\"version\":1,\"steps\":[]}", "不是可导入的流程文件")]
    [InlineData("{\"format\":\"opengov-power-flow\",\"version\":2,\"steps\":[]}", "version 应为 1")]
    [InlineData("{\"format\":\"opengov-power-flow\",\"version\":1}", "缺少 steps")]
    [InlineData("{\"format\":\"opengov-power-flow\",\"version\":1,\"steps\":[{\"key\":\"a\",\"kind\":\"loop\",\"label\":\"x\"}]}", "第 1 个步骤(a):类型“loop”无效")]
    [InlineData("{\"format\":\"opengov-power-flow\",\"version\":1,\"steps\":[{\"key\":\"a\",\"kind\":\"2\",\"label\":\"x\"}]}", "类型“2”无效")]
    public void Bad_documents_are_explained_in_Chinese(string json, string expected)
    {
        var (flow, error) = FlowJson.Import(json);
        Assert.Null(flow);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Import_reads_the_shape_only_and_leaves_judging_to_the_rules()
    {
        var (flow, error) = FlowJson.Import("""
            {"format":"opengov-power-flow","version":1,"steps":[
              {"key":"a","kind":"Start","label":" 申请 ","next":[{"to":"zz"}]}]}
            """);
        Assert.Null(error);
        Assert.Equal("申请", flow!.Steps[0].Label);
        Assert.Equal(FlowStepKind.Start, flow.Steps[0].Kind);
        Assert.Contains(FlowRules.Check(flow), p => p.Message == "步骤“申请”(a):后续步骤“zz”不存在");
    }

    [Fact]
    public void Oversized_documents_are_refused() =>
        Assert.Contains("不能超过", FlowJson.Import(new string(' ', FlowJson.MaxBytes + 1) + "{}").Error);
}
