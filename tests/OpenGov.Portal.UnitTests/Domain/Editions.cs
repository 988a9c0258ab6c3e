using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.UnitTests.Domain;

/// <summary>Builds editions in any status by playing the real verbs with distinct people.</summary>
internal static class Editions
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);
    public const int Dept = 7;

    public static readonly Actor Author = new("u-author", "张明", new HashSet<string> { Roles.Author }, Dept);
    public static readonly Actor OtherAuthor = new("u-author-b", "周涛", new HashSet<string> { Roles.Author }, Dept);
    public static readonly Actor ForeignAuthor = new("u-author-x", "李华", new HashSet<string> { Roles.Author }, Dept + 1);
    public static readonly Actor Reviewer = new("u-reviewer", "王静", new HashSet<string> { Roles.Reviewer }, 1);
    public static readonly Actor Leader = new("u-leader", "刘强", new HashSet<string> { Roles.Leader }, null);
    public static readonly Actor Admin = new("u-admin", "陈刚", new HashSet<string> { Roles.Administrator, Roles.Reviewer, Roles.Leader }, null);

    public static EditionContent Content(string title = "关于开展知识产权宣传周活动的通知", string? changeNote = null) =>
        new(title, "摘要", "<p>正文</p>", "黑知发〔2026〕1号", "知识产权宣传", new DateOnly(2026, 3, 1), Validity.Valid, DisclosureMode.Proactive, changeNote);

    public static Publication NewPublication() => Publication.Draft(PublicationKind.Article, 1, Dept, Author, T0, Content());

    public static Edition InStatus(EditionStatus status)
    {
        var p = NewPublication();
        var e = p.Editions[0];
        switch (status)
        {
            case EditionStatus.Draft: break;
            case EditionStatus.Submitted: e.Submit(Author, T0); break;
            case EditionStatus.Reviewed: Review(e); break;
            case EditionStatus.Scheduled: Review(e); e.Schedule(Leader, T0, T0.AddDays(1)); break;
            case EditionStatus.Published: Review(e); e.Publish(Leader, T0, "X/2026-00001"); break;
            case EditionStatus.Returned: e.Submit(Author, T0); e.Return(Reviewer, T0, "请补充文号"); break;
            case EditionStatus.Classified: e.Submit(Author, T0); e.MarkClassified(Reviewer, T0, ReviewVerdict.Classified, "涉及国家秘密"); break;
            case EditionStatus.Withdrawn: Review(e); e.Publish(Leader, T0, "X/2026-00001"); e.Withdraw(Leader, T0, "政策调整", false); break;
            case EditionStatus.Superseded:
                Review(e); e.Publish(Leader, T0, "X/2026-00001");
                var next = p.StartNewEdition(Author, T0);
                next.Edit(Author, T0, Content("修订后的通知", "更正日期"));
                Review(next); next.Publish(Leader, T0, null);
                break;
        }
        Assert.Equal(status, e.Status);
        return e;
    }

    public static void Review(Edition e)
    {
        e.Submit(Author, T0);
        e.PassReview(Reviewer, T0, DisclosureMode.Proactive, null);
    }
}
