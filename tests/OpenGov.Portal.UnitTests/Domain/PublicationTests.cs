using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.UnitTests.Domain;

public sealed class PublicationTests
{
    static readonly DateTimeOffset T = Editions.T0;

    [Fact]
    public void Publishing_assigns_the_index_number_once_and_copies_the_listing_fields()
    {
        var e = Editions.InStatus(EditionStatus.Published);
        var p = e.Publication;
        Assert.Equal("X/2026-00001", p.IndexNumber);
        Assert.Equal(e.Title, p.Title);
        Assert.True(p.IsPublic);
    }

    [Fact]
    public void A_new_edition_keeps_the_live_one_until_it_is_published_then_supersedes_it()
    {
        var first = Editions.InStatus(EditionStatus.Published);
        var p = first.Publication;
        var second = p.StartNewEdition(Editions.Author, T);
        Assert.Same(first, p.LiveEdition);
        Assert.Equal(2, second.Number);

        second.Edit(Editions.Author, T, Editions.Content("第二版标题", "调整活动时间"));
        Editions.Review(second);
        second.Publish(Editions.Leader, T.AddDays(1), null);

        Assert.Same(second, p.LiveEdition);
        Assert.Equal(EditionStatus.Superseded, first.Status);
        Assert.Equal("X/2026-00001", p.IndexNumber);
        Assert.Equal("第二版标题", p.Title);
        Assert.Equal(T, p.PublishedAt);
    }

    [Fact]
    public void A_revision_of_a_published_document_needs_a_change_note()
    {
        var p = Editions.InStatus(EditionStatus.Published).Publication;
        var second = p.StartNewEdition(Editions.Author, T);
        var ex = Assert.Throws<WorkflowException>(() => second.Submit(Editions.Author, T));
        Assert.Contains("修订说明", ex.Message);
    }

    [Fact]
    public void Only_one_open_edition_at_a_time()
    {
        var p = Editions.InStatus(EditionStatus.Published).Publication;
        p.StartNewEdition(Editions.Author, T);
        Assert.Throws<WorkflowException>(() => p.StartNewEdition(Editions.Author, T));
    }

    [Fact]
    public void Classifying_a_revision_takes_the_whole_document_off_the_site()
    {
        var first = Editions.InStatus(EditionStatus.Published);
        var p = first.Publication;
        var second = p.StartNewEdition(Editions.Author, T);
        second.Edit(Editions.Author, T, Editions.Content("补充内容", "补充"));
        second.Submit(Editions.Author, T);
        second.MarkClassified(Editions.Reviewer, T, ReviewVerdict.NotForDisclosure, "含个人信息");

        Assert.False(p.IsPublic);
        Assert.True(p.Gone);
        Assert.Null(p.LiveEdition);
        Assert.Equal(EditionStatus.Withdrawn, first.Status);
        Assert.Throws<WorkflowException>(() => p.StartNewEdition(Editions.Author, T));
    }

    [Fact]
    public void Withdrawing_keeps_the_reason_and_publishing_in_error_makes_it_gone()
    {
        var e = Editions.InStatus(EditionStatus.Published);
        e.Withdraw(Editions.Leader, T, "误发", publishedInError: true);
        Assert.True(e.Publication.Gone);
        Assert.Equal("误发", e.Publication.WithdrawalReason);
        Assert.False(e.Publication.IsPublic);
    }

    [Fact]
    public void Scheduling_needs_a_future_time_and_a_return_needs_a_reason()
    {
        var e = Editions.InStatus(EditionStatus.Reviewed);
        Assert.Throws<WorkflowException>(() => e.Schedule(Editions.Leader, T, T.AddMinutes(-1)));
        Assert.Throws<WorkflowException>(() => e.Return(Editions.Leader, T, "  "));
        Assert.Equal(EditionStatus.Reviewed, e.Status);
    }

    [Fact]
    public void Index_numbers_have_the_national_shape()
    {
        Assert.Equal("11230000MB0000000X/2012-00007", IndexNumber.Format("11230000MB0000000X", 2012, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumber.Format("X", 2012, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndexNumber.Format("X", 2012, 100000));
    }

    [Fact]
    public void An_audit_hash_changes_when_any_field_or_the_previous_hash_changes()
    {
        var r = AuditRecord.For(Editions.Leader, T, "edition.publish", "Edition", "1", "Reviewed", "Published");
        r.Sequence = 1;
        var h = r.ComputeHash();
        Assert.Equal(64, h.Length);
        r.Reason = "x";
        Assert.NotEqual(h, r.ComputeHash());
        r.Reason = null;
        r.PreviousHash = "00";
        Assert.NotEqual(h, r.ComputeHash());
    }
}
