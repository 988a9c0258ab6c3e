using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.UnitTests.Domain;

public sealed class SeparationOfDutiesTests
{
    static readonly DateTimeOffset T = Editions.T0;

    [Fact]
    public void A_reviewer_cannot_review_an_edition_they_drafted()
    {
        var both = new Actor("u-both", "兼任", new HashSet<string> { Roles.Author, Roles.Reviewer }, Editions.Dept);
        var p = Publication.Draft(PublicationKind.Article, 1, Editions.Dept, both, T, Editions.Content());
        var e = p.Editions[0];
        e.Submit(both, T);
        var ex = Assert.Throws<WorkflowException>(() => e.PassReview(both, T, DisclosureMode.Proactive, null));
        Assert.Contains("本人起草", ex.Message);
        Assert.Equal(EditionStatus.Submitted, e.Status);
    }

    [Fact]
    public void A_reviewer_cannot_review_an_edition_they_edited()
    {
        var both = new Actor("u-both", "兼任", new HashSet<string> { Roles.Author, Roles.Reviewer }, Editions.Dept);
        var e = Editions.NewPublication().Editions[0];
        e.Edit(both, T, Editions.Content("改过的标题"));
        e.Submit(Editions.Author, T);
        Assert.Throws<WorkflowException>(() => e.MarkClassified(both, T, ReviewVerdict.Classified, "涉密"));
        Assert.Throws<WorkflowException>(() => e.Return(both, T, "退回"));
    }

    [Fact]
    public void A_leader_cannot_sign_off_an_edition_they_reviewed()
    {
        var both = new Actor("u-rl", "兼任", new HashSet<string> { Roles.Reviewer, Roles.Leader }, null);
        var e = Editions.NewPublication().Editions[0];
        e.Submit(Editions.Author, T);
        e.PassReview(both, T, DisclosureMode.Proactive, null);
        var ex = Assert.Throws<WorkflowException>(() => e.Publish(both, T, "X/2026-00001"));
        Assert.Contains("本人审查", ex.Message);
        Assert.Throws<WorkflowException>(() => e.Schedule(both, T, T.AddDays(1)));
    }

    [Fact]
    public void A_leader_cannot_sign_off_an_edition_they_drafted()
    {
        var both = new Actor("u-al", "兼任", new HashSet<string> { Roles.Author, Roles.Leader }, Editions.Dept);
        var p = Publication.Draft(PublicationKind.Article, 1, Editions.Dept, both, T, Editions.Content());
        var e = p.Editions[0];
        e.Submit(both, T);
        e.PassReview(Editions.Reviewer, T, DisclosureMode.Proactive, null);
        Assert.Throws<WorkflowException>(() => e.Publish(both, T, "X/2026-00001"));
    }

    [Fact]
    public void An_administrator_cannot_approve_content_even_with_approver_roles()
    {
        var e = Editions.NewPublication().Editions[0];
        e.Submit(Editions.Author, T);
        Assert.Throws<WorkflowException>(() => e.PassReview(Editions.Admin, T, DisclosureMode.Proactive, null));
        e.PassReview(Editions.Reviewer, T, DisclosureMode.Proactive, null);
        Assert.Throws<WorkflowException>(() => e.Publish(Editions.Admin, T, "X/2026-00001"));
    }

    [Fact]
    public void Only_a_reviewer_reviews_and_only_a_leader_signs_off()
    {
        var e = Editions.NewPublication().Editions[0];
        e.Submit(Editions.Author, T);
        Assert.Throws<WorkflowException>(() => e.PassReview(Editions.Leader, T, DisclosureMode.Proactive, null));
        e.PassReview(Editions.Reviewer, T, DisclosureMode.Proactive, null);
        Assert.Throws<WorkflowException>(() => e.Publish(Editions.Reviewer, T, "X/2026-00001"));
        Assert.Throws<WorkflowException>(() => e.Publish(Actor.System, T, "X/2026-00001"));
    }

    [Fact]
    public void Authors_work_only_on_their_own_department()
    {
        var e = Editions.NewPublication().Editions[0];
        Assert.Throws<WorkflowException>(() => e.Edit(Editions.ForeignAuthor, T, Editions.Content("越权")));
        Assert.Throws<WorkflowException>(() => e.Submit(Editions.ForeignAuthor, T));
        e.Edit(Editions.OtherAuthor, T, Editions.Content("同处室同事修改"));
        Assert.Contains(Editions.OtherAuthor.UserId, e.EditorIds);
    }
}
