using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using static OpenGov.Portal.UnitTests.Participation.Calendars;
using static OpenGov.Portal.UnitTests.Participation.People;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class FeedbackLetterTests
{
    static FeedbackLetter Letter(bool consent = true, params string[] blocked) =>
        FeedbackLetter.Receive(TrackingCode.New(), FeedbackCategory.Consultation, "专利费用减缓", "如何申请?", "张三", "13812345678", null, consent, At("2012-09-28"), blocked);

    static FeedbackLetter Replied(Actor replier, bool consent = true)
    {
        var l = Letter(consent);
        l.Assign(Coordinator, At("2012-09-28"), Patents, Desk);
        l.Reply(replier, At("2012-10-08"), "可以申请费用减缓。");
        return l;
    }

    [Fact]
    public void A_blocked_word_sends_the_letter_to_manual_review_not_away()
    {
        var l = Letter(true, "代开发票");
        Assert.Equal(FeedbackStatus.PendingModeration, l.Status);
        Assert.Contains("代开发票", l.ModerationNote, StringComparison.Ordinal);
        Assert.Throws<WorkflowException>(() => l.Assign(Coordinator, At("2012-09-28"), Patents, Desk));
        l.Release(Coordinator, At("2012-09-28"), Desk);
        Assert.Equal(FeedbackStatus.New, l.Status);
    }

    [Fact]
    public void Blocked_words_match_ignoring_case_and_spaces()
    {
        Assert.Equal(["代开发票", "VPN"], BlockedWord.FoundIn(["代开发票", "VPN", "赌博"], "专业 代开 发票", "翻墙vpn服务"));
        Assert.Empty(BlockedWord.FoundIn(["代开发票"], "如何申请发票报销"));
    }

    [Fact]
    public void Only_the_assigned_department_replies()
    {
        var l = Letter();
        l.Assign(Coordinator, At("2012-09-28"), Patents, Desk);
        Assert.Throws<WorkflowException>(() => l.Reply(OtherAuthor, At("2012-10-08"), "答复"));
        Assert.Throws<WorkflowException>(() => l.Reply(Coordinator, At("2012-10-08"), "答复"));
        l.Reply(Handler, At("2012-10-08"), "答复");
        Assert.Equal(FeedbackStatus.Replied, l.Status);
        Assert.Equal(At("2012-10-08") - At("2012-09-28"), l.TimeToFirstReply);
    }

    [Fact]
    public void The_person_who_replied_cannot_release_the_reply_for_publication()
    {
        var l = Replied(HandlerAndReviewer);
        Assert.Equal(FeedbackPublicationState.AwaitingReview, l.PublicationState);
        var e = Assert.Throws<WorkflowException>(() => l.ApprovePublication(HandlerAndReviewer, At("2012-10-09"), l.Subject, l.Body, null));
        Assert.Contains("本人", e.Message, StringComparison.Ordinal);
        Assert.Throws<WorkflowException>(() => l.ApprovePublication(Admin, At("2012-10-09"), l.Subject, l.Body, null));
        Assert.Throws<WorkflowException>(() => l.ApprovePublication(Handler, At("2012-10-09"), l.Subject, l.Body, null));

        l.ApprovePublication(Reviewer, At("2012-10-09"), "关于专利费用减缓", "如何申请?", "不涉密");
        Assert.Equal(FeedbackPublicationState.Published, l.PublicationState);
        Assert.Equal("关于专利费用减缓", l.PublicSubject);
    }

    [Fact]
    public void Without_consent_nothing_is_published()
    {
        var l = Replied(Handler, consent: false);
        Assert.Equal(FeedbackPublicationState.NotRequested, l.PublicationState);
        Assert.Throws<WorkflowException>(() => l.ApprovePublication(Reviewer, At("2012-10-09"), l.Subject, l.Body, null));
    }

    [Fact]
    public void A_letter_is_overdue_after_the_configured_working_days_without_reply()
    {
        var l = Letter();
        // Received Friday 2012-09-28: ten working days later is 2012-10-18 (09-29 make-up, 国庆 off).
        Assert.Equal(D("2012-10-18"), l.ReplyDueOn(Year2012, 10));
        Assert.False(l.IsOverdue(Year2012, D("2012-10-18"), 10));
        Assert.True(l.IsOverdue(Year2012, D("2012-10-19"), 10));
        l.Assign(Coordinator, At("2012-09-28"), Patents, Desk);
        l.Reply(Handler, At("2012-10-19"), "答复");
        Assert.False(l.IsOverdue(Year2012, D("2012-10-25"), 10));
    }
}
