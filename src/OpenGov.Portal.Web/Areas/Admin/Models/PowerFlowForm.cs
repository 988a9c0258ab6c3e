using System.Globalization;
using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>
/// The flow as a list of steps, each with its next steps. Without JavaScript, buttons post a
/// <see cref="Command"/> ("add-step", "remove-step:{i}", "add-branch:{i}", "save") and the form comes back.
/// Blank rows are ignored.
/// </summary>
public sealed class PowerFlowForm
{
    public List<StepRow> Steps { get; set; } = [];
    public string? Command { get; set; }

    public sealed class StepRow
    {
        public string? Key { get; set; }
        public FlowStepKind Kind { get; set; } = FlowStepKind.Step;
        public string? Label { get; set; }
        public string? Post { get; set; }
        public string? TimeLimit { get; set; }
        public List<BranchRow> Next { get; set; } = [];

        public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Post) && string.IsNullOrWhiteSpace(TimeLimit)
            && Next.All(b => b.IsBlank);
    }

    public sealed class BranchRow
    {
        public string? To { get; set; }
        public string? Label { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(To) && string.IsNullOrWhiteSpace(Label);
    }

    /// <summary>The flow the rows describe, and for each of its steps the row it came from.</summary>
    public (FlowDefinition Flow, IReadOnlyList<int> Rows) ToDefinition()
    {
        var rows = new List<int>();
        var steps = new List<FlowNode>();
        for (var i = 0; i < Steps.Count; i++)
        {
            var s = Steps[i];
            if (s.IsBlank) continue;
            rows.Add(i);
            steps.Add(new FlowNode(s.Key?.Trim() ?? "", s.Kind, s.Label?.Trim() ?? "", Clean(s.Post), Clean(s.TimeLimit),
                s.Next.Where(b => !b.IsBlank).Select(b => new FlowBranch(b.To?.Trim() ?? "", Clean(b.Label))).ToList()));
        }
        return (new FlowDefinition(steps), rows);
    }

    public static PowerFlowForm From(FlowDefinition flow) => new()
    {
        Steps = flow.Steps.Select(s => new StepRow
        {
            Key = s.Key, Kind = s.Kind, Label = s.Label, Post = s.Post, TimeLimit = s.TimeLimit,
            Next = s.Next.Select(b => new BranchRow { To = b.To, Label = b.Label }).ToList(),
        }).ToList(),
    };

    /// <summary>What a new power's flow starts from: 申请 → 受理 → 办结.</summary>
    public static PowerFlowForm Template() => new()
    {
        Steps =
        [
            new() { Key = "start", Kind = FlowStepKind.Start, Label = "申请人提交申请", Next = [new() { To = "s1" }] },
            new() { Key = "s1", Kind = FlowStepKind.Step, Label = "受理", Next = [new() { To = "end" }] },
            new() { Key = "end", Kind = FlowStepKind.End, Label = "办结" },
        ],
    };

    /// <summary>Applies an editing command; false when the command is unknown.</summary>
    public bool Apply(string command)
    {
        var (verb, index) = Split(command);
        switch (verb)
        {
            case "add-step":
                Steps.Add(new StepRow { Key = FreeKey(), Next = [new()] });
                return true;
            case "remove-step" when index is { } i && i < Steps.Count:
                Steps.RemoveAt(i);
                return true;
            case "add-branch" when index is { } i && i < Steps.Count:
                Steps[i].Next.Add(new BranchRow());
                return true;
            default:
                return false;
        }
    }

    static (string Verb, int? Index) Split(string command)
    {
        var colon = command.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return (command, null);
        return int.TryParse(command[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? (command[..colon], i) : (command[..colon], null);
    }

    string FreeKey()
    {
        var used = Steps.Select(s => s.Key?.Trim()).ToHashSet(StringComparer.Ordinal);
        var n = Steps.Count;
        while (used.Contains($"s{n}")) n++;
        return $"s{n}";
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
