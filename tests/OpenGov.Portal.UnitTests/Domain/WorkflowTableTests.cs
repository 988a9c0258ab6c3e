using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.UnitTests.Domain;

public sealed class WorkflowTableTests
{
    public static TheoryData<EditionStatus, WorkflowAction> EveryPair()
    {
        var data = new TheoryData<EditionStatus, WorkflowAction>();
        foreach (var s in Enum.GetValues<EditionStatus>())
            foreach (var a in Enum.GetValues<WorkflowAction>().Where(a => a != WorkflowAction.Supersede))
                data.Add(s, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_action_pair_follows_the_table(EditionStatus from, WorkflowAction action)
    {
        var edition = Editions.InStatus(from);
        var act = () => Perform(edition, action);

        if (Workflow.IsAllowed(from, action))
        {
            act();
            Assert.Equal(Workflow.Next(from, action), edition.Status);
        }
        else
        {
            var ex = Assert.Throws<WorkflowException>(act);
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            Assert.Equal(from, edition.Status);
        }
    }

    static void Perform(Edition e, WorkflowAction action)
    {
        var t = Editions.T0.AddHours(1);
        switch (action)
        {
            case WorkflowAction.Submit: e.Submit(Editions.Author, t); break;
            case WorkflowAction.PassReview: e.PassReview(Editions.Reviewer, t, DisclosureMode.Proactive, null); break;
            case WorkflowAction.Return:
                e.Return(e.Status == EditionStatus.Submitted ? Editions.Reviewer : Editions.Leader, t, "理由"); break;
            case WorkflowAction.MarkClassified: e.MarkClassified(Editions.Reviewer, t, ReviewVerdict.Classified, "涉密"); break;
            case WorkflowAction.Publish:
                e.Publish(e.Status == EditionStatus.Scheduled ? Actor.System : Editions.Leader, t, "X/2026-00002"); break;
            case WorkflowAction.Schedule: e.Schedule(Editions.Leader, t, t.AddDays(2)); break;
            case WorkflowAction.Withdraw: e.Withdraw(Editions.Leader, t, "撤回", false); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    [Fact]
    public void Every_verb_leaves_an_audit_record()
    {
        var p = Editions.NewPublication();
        var e = p.Editions[0];
        Editions.Review(e);
        e.Publish(Editions.Leader, Editions.T0, "X/2026-00001");
        var actions = e.TakePendingAudit().Select(r => r.Action).ToList();
        Assert.Equal(["edition.create", "edition.submit", "edition.passreview", "edition.publish"], actions);
    }
}
