using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace OpenGov.Portal.Domain.Powers.Flows;

/// <summary>
/// The flow's JSON document (docs/flowchart.md, "JSON"):
/// <c>{"format":"opengov-power-flow","version":1,"steps":[{"key","kind","label","post","timeLimit","next":[{"to","label"}]}]}</c>.
/// kind is one of start, step, decision, end. Import reads the shape only; <see cref="FlowRules"/> judges the flow.
/// </summary>
public static class FlowJson
{
    public const string Format = "opengov-power-flow";
    public const int Version = 1;
    public const int MaxBytes = 512 * 1024;

    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        MaxDepth = 8,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Export(FlowDefinition flow) => JsonSerializer.Serialize(new Document
    {
        Format = Format,
        Version = Version,
        Steps = flow.Steps.Select(s => (Step?)new Step
        {
            Key = s.Key,
            Kind = s.Kind.ToString().ToLowerInvariant(),
            Label = s.Label,
            Post = s.Post,
            TimeLimit = s.TimeLimit,
            Next = s.Next.Select(n => (Branch?)new Branch { To = n.To, Label = n.Label }).ToList(),
        }).ToList(),
    }, Options);

    /// <summary>Reads a flow document; on failure returns null and a sentence for the author.</summary>
    public static (FlowDefinition? Flow, string? Error) Import(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return (null, "请粘贴或上传流程 JSON 文件");
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxBytes) return (null, $"流程 JSON 不能超过 {MaxBytes / 1024} KB");
        Document? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"(第 {line + 1} 行附近)" : "";
            return (null, $"流程 JSON 格式不正确{where},请检查括号、引号和逗号");
        }
        if (doc is null || doc.Format != Format || doc.Version != Version)
            return (null, $"不是可导入的流程文件:format 应为“{Format}”,version 应为 {Version}");
        if (doc.Steps is null) return (null, "流程文件缺少 steps 列表");
        if (doc.Steps.Count > PowerLimits.MaxSteps) return (null, $"流程步骤不能超过 {PowerLimits.MaxSteps} 个(文件中有 {doc.Steps.Count} 个)");

        var steps = new List<FlowNode>();
        for (var i = 0; i < doc.Steps.Count; i++)
        {
            var s = doc.Steps[i];
            if (s is null) return (null, $"第 {i + 1} 个步骤为空");
            if (!TryKind(s.Kind, out var kind))
                return (null, $"第 {i + 1} 个步骤({s.Key}):类型“{s.Kind}”无效,应为 start、step、decision 或 end");
            var next = (s.Next ?? []).Select(b => new FlowBranch(b?.To?.Trim() ?? "", Clean(b?.Label))).ToList();
            steps.Add(new FlowNode(s.Key?.Trim() ?? "", kind, s.Label?.Trim() ?? "", Clean(s.Post), Clean(s.TimeLimit), next));
        }
        return (new FlowDefinition(steps), null);
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static bool TryKind(string? text, out FlowStepKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    sealed class Document
    {
        public string? Format { get; set; }
        public int Version { get; set; }
        public List<Step?>? Steps { get; set; }
    }

    sealed class Step
    {
        public string? Key { get; set; }
        public string? Kind { get; set; }
        public string? Label { get; set; }
        public string? Post { get; set; }
        public string? TimeLimit { get; set; }
        public List<Branch?>? Next { get; set; }
    }

    sealed class Branch
    {
        public string? To { get; set; }
        public string? Label { get; set; }
    }
}
