using static OpenGov.Portal.Domain.Publishing.EditionStatus;
using static OpenGov.Portal.Domain.Publishing.WorkflowAction;

namespace OpenGov.Portal.Domain.Publishing;

/// <summary>The one table of allowed moves (DESIGN.md). Anything not listed is refused.</summary>
public static class Workflow
{
    static readonly Dictionary<(EditionStatus, WorkflowAction), EditionStatus> Moves = new()
    {
        [(Draft, Submit)] = Submitted,         [(Returned, Submit)] = Submitted,
        [(Submitted, PassReview)] = Reviewed,  [(Submitted, Return)] = Returned,
        [(Submitted, MarkClassified)] = Classified,
        [(Reviewed, Publish)] = Published,     [(Reviewed, Schedule)] = Scheduled,
        [(Reviewed, Return)] = Returned,       [(Scheduled, Publish)] = Published,
        [(Scheduled, Return)] = Returned,
        [(Published, Withdraw)] = Withdrawn,   [(Published, Supersede)] = Superseded,
    };

    public static bool IsAllowed(EditionStatus from, WorkflowAction action) => Moves.ContainsKey((from, action));

    public static EditionStatus Next(EditionStatus from, WorkflowAction action) =>
        Moves.TryGetValue((from, action), out var to)
            ? to
            : throw new WorkflowException($"当前状态“{StatusNames.Of(from)}”下不能执行“{ActionNames.Of(action)}”,该信息可能已被他人处理,请刷新后重试");

    public static IEnumerable<WorkflowAction> ActionsFrom(EditionStatus from) =>
        Moves.Keys.Where(k => k.Item1 == from).Select(k => k.Item2);

    /// <summary>Statuses in which an edition can still be edited by its department's authors.</summary>
    public static bool IsEditable(EditionStatus status) => status is Draft or Returned;

    /// <summary>Statuses of an edition still on its way to publication.</summary>
    public static bool IsOpen(EditionStatus status) => status is Draft or Submitted or Reviewed or Scheduled or Returned;
}
