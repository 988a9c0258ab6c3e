using System.Net;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Powers;

/// <summary>
/// A power of the 权力清单 as written on one edition of a <see cref="PublicationKind.Power"/> publication,
/// with its legal bases, materials and flow. Each edition owns its own copy, so a revision keeps the
/// history and only the published edition is public. Changes go through the edition's verbs, which
/// check who may write and when, and leave an audit record.
/// </summary>
public sealed class PowerItem
{
    public const string Topic = "权力清单";

    public int EditionId { get; private set; }
    public Edition Edition { get; private set; } = null!;
    public PowerCategory Category { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string ImplementingBody { get; private set; } = "";
    public string StatutoryTimeLimit { get; private set; } = "";
    public string? PromisedTimeLimit { get; private set; }
    public decimal Fee { get; private set; }
    public string? FeeBasis { get; private set; }
    public string Responsibilities { get; private set; } = "";
    public string Accountability { get; private set; } = "";
    public string? ContactPhone { get; private set; }
    public string? ComplaintPhone { get; private set; }
    public List<LegalBasis> LegalBases { get; private set; } = [];
    public List<PowerMaterial> Materials { get; private set; } = [];
    public List<PowerFlowStep> Steps { get; private set; } = [];

    private PowerItem() { }

    /// <summary>Starts a power as a new draft publication of the author's department.</summary>
    public static PowerItem Draft(int columnId, Actor author, DateTimeOffset now, DateOnly createdOn, PowerDetails details)
    {
        var content = ContentFor(details, new EditionContent("", null, "", null, Topic, createdOn, Validity.Valid, DisclosureMode.Proactive, null), null);
        var publication = Publication.Draft(PublicationKind.Power, columnId, author.DepartmentId ?? 0, author, now, content);
        var item = new PowerItem { Edition = publication.Editions[0] };
        item.Apply(details);
        return item;
    }

    public void Update(Actor actor, DateTimeOffset now, PowerDetails details, string? changeNote)
    {
        Edition.Edit(actor, now, ContentFor(details, Edition.Content, changeNote));
        Apply(details);
    }

    /// <summary>Replaces the flow. Only a flow that passes <see cref="FlowRules"/> is stored.</summary>
    public void ReplaceFlow(Actor actor, DateTimeOffset now, FlowDefinition flow, string action = "power.flow.edit")
    {
        var problems = FlowRules.Check(flow);
        if (problems.Count > 0) throw new WorkflowException("流程未通过校验:" + problems[0].Message);
        Edition.Touch(actor, now, action, $"{flow.Steps.Count} 个步骤");
        SetFlow(flow);
    }

    /// <summary>Sends the edition to review; a power without a complete flow cannot go.</summary>
    public void Submit(Actor actor, DateTimeOffset now)
    {
        var problems = FlowRules.Check(Flow);
        if (problems.Count > 0) throw new WorkflowException("权力运行流程尚未完成,不能提交审查:" + problems[0].Message);
        Edition.Submit(actor, now);
    }

    /// <summary>Opens a new draft edition of this (live) power, carrying its data and flow over.</summary>
    public PowerItem Revise(Actor author, DateTimeOffset now)
    {
        var edition = Edition.Publication.StartNewEdition(author, now);
        var copy = new PowerItem { Edition = edition };
        copy.Apply(Details);
        copy.SetFlow(Flow);
        return copy;
    }

    public PowerDetails Details => new(Category, Code, Name, ImplementingBody, StatutoryTimeLimit, PromisedTimeLimit, Fee, FeeBasis,
        LegalBases.OrderBy(b => b.SortOrder).Select(b => b.Data).ToList(), Materials.OrderBy(m => m.SortOrder).Select(m => m.Name).ToList(),
        Responsibilities, Accountability, ContactPhone, ComplaintPhone);

    public FlowDefinition Flow => new(Steps.OrderBy(s => s.SortOrder)
        .Select(s => new FlowNode(s.Key, s.Kind, s.Label, s.Post, s.TimeLimit,
            s.Next.OrderBy(l => l.SortOrder).Select(l => new FlowBranch(l.ToKey, l.Label)).ToList()))
        .ToList());

    void Apply(PowerDetails d)
    {
        Category = d.Category;
        Code = d.Code.Trim().ToUpperInvariant();
        Name = d.Name.Trim();
        ImplementingBody = d.ImplementingBody.Trim();
        StatutoryTimeLimit = d.StatutoryTimeLimit.Trim();
        PromisedTimeLimit = Clean(d.PromisedTimeLimit);
        Fee = d.Fee;
        FeeBasis = Clean(d.FeeBasis);
        Responsibilities = d.Responsibilities.Trim();
        Accountability = d.Accountability.Trim();
        ContactPhone = Clean(d.ContactPhone);
        ComplaintPhone = Clean(d.ComplaintPhone);
        Merge(LegalBases, d.LegalBases, b => b.SortOrder, (i, data) => new LegalBasis(i, data), (b, data) => b.Set(data));
        Merge(Materials, d.Materials.Where(m => !string.IsNullOrWhiteSpace(m)).ToList(), m => m.SortOrder,
            (i, name) => new PowerMaterial(i, name), (m, name) => m.Name = name.Trim());
    }

    /// <summary>Updates rows in place by position (their key), adds the new tail, removes the old one.</summary>
    static void Merge<TRow, TData>(List<TRow> rows, IReadOnlyList<TData> data, Func<TRow, int> position, Func<int, TData, TRow> create, Action<TRow, TData> set)
    {
        var existing = rows.OrderBy(position).ToList();
        for (var i = 0; i < data.Count; i++)
        {
            if (i < existing.Count) set(existing[i], data[i]);
            else rows.Add(create(i, data[i]));
        }
        foreach (var extra in existing.Skip(data.Count)) rows.Remove(extra);
    }

    /// <summary>Steps are kept by key, so a renamed step is a removed one plus a new one.</summary>
    void SetFlow(FlowDefinition flow)
    {
        var byKey = Steps.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var node = flow.Steps[i];
            if (!keep.Add(node.Key)) throw new ArgumentException($"Duplicate step key {node.Key}.", nameof(flow));
            if (!byKey.TryGetValue(node.Key, out var step))
            {
                step = new PowerFlowStep(node.Key);
                Steps.Add(step);
            }
            (step.SortOrder, step.Kind, step.Label, step.Post, step.TimeLimit) = (i, node.Kind, node.Label.Trim(), Clean(node.Post), Clean(node.TimeLimit));
            Merge(step.Next, node.Next, l => l.SortOrder, (b, branch) => new PowerFlowLink(b) { ToKey = branch.To, Label = Clean(branch.Label) },
                (link, branch) => (link.ToKey, link.Label) = (branch.To, Clean(branch.Label)));
        }
        foreach (var gone in Steps.Where(s => !keep.Contains(s.Key)).ToList()) Steps.Remove(gone);
    }

    static EditionContent ContentFor(PowerDetails d, EditionContent current, string? changeNote)
    {
        var code = d.Code.Trim().ToUpperInvariant();
        var category = PowerCategories.Name(d.Category);
        var body = $"<p>权力类别:{category}</p><p>事项编码:{WebUtility.HtmlEncode(code)}</p>"
                 + $"<p>实施主体:{WebUtility.HtmlEncode(d.ImplementingBody.Trim())}</p>"
                 + $"<p><a href=\"/powers/{Uri.EscapeDataString(code)}\">查看事项详情和权力运行流程图</a></p>";
        return current with
        {
            Title = d.Name.Trim(),
            Summary = $"{category} · {code}",
            BodyHtml = body,
            Topic = Topic,
            ChangeNote = changeNote,
        };
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
