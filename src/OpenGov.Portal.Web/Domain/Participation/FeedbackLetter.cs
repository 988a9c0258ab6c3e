using System.ComponentModel.DataAnnotations;
using System.Globalization;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// A letter (留言) from a citizen. Only the verbs below change its state; each checks who may act and
/// raises an audit record. The writer follows it with the tracking code; with the writer's consent the
/// exchange is published after a confidentiality review by someone other than the person who replied.
/// </summary>
public sealed class FeedbackLetter : IRaisesAudit
{
    public const int SubjectMax = 100;
    public const int BodyMax = 3000;
    public const int NameMax = 50;
    public const int PhoneMax = 30;
    public const int EmailMax = 100;
    public const int ReplyMax = 3000;
    public const int NoteMax = 500;

    readonly List<AuditRecord> pendingAudit = [];

    public int Id { get; private set; }
    public string TrackingCode { get; private set; } = "";
    public FeedbackCategory Category { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public bool ConsentToPublish { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public FeedbackStatus Status { get; private set; }

    /// <summary>Why the letter went to manual review (the blocked words it contains).</summary>
    public string? ModerationNote { get; private set; }
    public string? InvalidReason { get; private set; }

    public int? DepartmentId { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public string? AssignedByName { get; private set; }

    public string? ReplyText { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public string? RepliedById { get; private set; }
    public string? RepliedByName { get; private set; }

    public FeedbackPublicationState PublicationState { get; private set; }
    public string? PublicSubject { get; private set; }
    public string? PublicBody { get; private set; }
    public string? ReviewedById { get; private set; }
    public string? ReviewedByName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    [Timestamp]
    public uint Version { get; private set; }

    private FeedbackLetter() { }

    public static FeedbackLetter Receive(string trackingCode, FeedbackCategory category, string subject, string body,
        string? name, string? phone, string? email, bool consentToPublish, DateTimeOffset now, IReadOnlyCollection<string> blockedWordsFound) => new()
    {
        TrackingCode = trackingCode,
        Category = category,
        Subject = subject.Trim(),
        Body = body.Trim(),
        Name = Clean(name),
        Phone = Clean(phone),
        Email = Clean(email),
        ConsentToPublish = consentToPublish,
        ReceivedAt = now,
        Status = blockedWordsFound.Count > 0 ? FeedbackStatus.PendingModeration : FeedbackStatus.New,
        ModerationNote = blockedWordsFound.Count > 0 ? Truncate("含屏蔽词:" + string.Join("、", blockedWordsFound), NoteMax) : null,
        PublicationState = FeedbackPublicationState.NotRequested,
    };

    public DateOnly ReceivedOn => ChinaDate.Of(ReceivedAt);

    public bool IsAwaitingReply => Status is FeedbackStatus.PendingModeration or FeedbackStatus.New or FeedbackStatus.Assigned;

    public TimeSpan? TimeToFirstReply => RepliedAt - ReceivedAt;

    /// <summary>The reply is due <paramref name="workingDays"/> working days after receipt (a non-working receipt day counts from the next working day).</summary>
    public DateOnly ReplyDueOn(WorkingDayCalculator calendar, int workingDays) =>
        calendar.AddWorkingDays(calendar.OnOrNextWorkingDay(ReceivedOn), workingDays);

    public bool IsOverdue(WorkingDayCalculator calendar, DateOnly today, int workingDays) =>
        IsAwaitingReply && today > ReplyDueOn(calendar, workingDays);

    /// <summary>A coordinator found nothing wrong with a letter held for its wording: it is handled like any other.</summary>
    public void Release(Actor actor, DateTimeOffset now, ParticipationDesk desk)
    {
        desk.RequireCoordinator(actor);
        Require(Status == FeedbackStatus.PendingModeration, "该留言不在待人工审核状态,可能已被他人处理,请刷新后重试");
        Move(actor, now, "feedback.release", FeedbackStatus.New, ModerationNote);
    }

    public void MarkInvalid(Actor actor, DateTimeOffset now, string reason, ParticipationDesk desk)
    {
        desk.RequireCoordinator(actor);
        Require(Status is FeedbackStatus.PendingModeration or FeedbackStatus.New, "只有待审核或待分办的留言可以标记为无效");
        RequireText(reason, "请填写不予受理的理由");
        InvalidReason = Truncate(reason.Trim(), NoteMax);
        Move(actor, now, "feedback.invalid", FeedbackStatus.Invalid, InvalidReason);
    }

    /// <summary>Assigns (or re-assigns, before the reply) the letter to the department that will answer it.</summary>
    public void Assign(Actor actor, DateTimeOffset now, int departmentId, ParticipationDesk desk)
    {
        desk.RequireCoordinator(actor);
        Require(Status is FeedbackStatus.New or FeedbackStatus.Assigned, "只有待分办或办理中的留言可以分办");
        DepartmentId = departmentId;
        AssignedAt = now;
        AssignedByName = actor.Name;
        Move(actor, now, "feedback.assign", FeedbackStatus.Assigned, "处室 " + departmentId.ToString(CultureInfo.InvariantCulture));
    }

    public void Reply(Actor actor, DateTimeOffset now, string text)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(Status == FeedbackStatus.Assigned, "该留言不在办理中,可能已被他人答复,请刷新后重试");
        RequireText(text, "请填写答复内容");
        ReplyText = text.Trim();
        RepliedAt = now;
        RepliedById = actor.UserId;
        RepliedByName = actor.Name;
        if (ConsentToPublish)
        {
            PublicationState = FeedbackPublicationState.AwaitingReview;
            PublicSubject = Subject;
            PublicBody = Body;
        }
        Move(actor, now, "feedback.reply", FeedbackStatus.Replied, null);
    }

    /// <summary>
    /// The confidentiality review before the exchange goes on the public list: a Reviewer other than the
    /// person who replied, who may redact the letter's text (personal details the writer put in it).
    /// </summary>
    public void ApprovePublication(Actor actor, DateTimeOffset now, string publicSubject, string publicBody, string? note)
    {
        RequireReviewer(actor);
        RequireText(publicSubject, "请填写公开的标题");
        RequireText(publicBody, "请填写公开的留言内容");
        PublicSubject = publicSubject.Trim();
        PublicBody = publicBody.Trim();
        SetReview(actor, now, note);
        PublishedAt = now;
        PublicationState = FeedbackPublicationState.Published;
        Audit(actor, now, "feedback.publish", nameof(FeedbackPublicationState.AwaitingReview), nameof(FeedbackPublicationState.Published), note);
    }

    public void Withhold(Actor actor, DateTimeOffset now, string reason)
    {
        RequireReviewer(actor);
        RequireText(reason, "请填写不予公开的理由");
        SetReview(actor, now, reason);
        PublicationState = FeedbackPublicationState.Withheld;
        Audit(actor, now, "feedback.withhold", nameof(FeedbackPublicationState.AwaitingReview), nameof(FeedbackPublicationState.Withheld), reason);
    }

    /// <summary>Records that <paramref name="actor"/> looked at the full personal data.</summary>
    public void RecordPersonalDataViewed(Actor actor, DateTimeOffset now) =>
        Audit(actor, now, "feedback.personal-data.view", null, null, null);

    public IReadOnlyList<AuditRecord> TakePendingAudit()
    {
        var records = pendingAudit.ToList();
        pendingAudit.Clear();
        return records;
    }

    void RequireReviewer(Actor actor)
    {
        if (!actor.IsIn(Roles.Reviewer)) throw new WorkflowException("只有保密审查员可以审查公开答复");
        if (actor.IsIn(Roles.Administrator)) throw new WorkflowException("系统管理员不能审批内容");
        if (actor.UserId == RepliedById) throw new WorkflowException("不能审查本人撰写的答复");
        Require(PublicationState == FeedbackPublicationState.AwaitingReview, "该答复不在待审查状态,可能已被他人处理,请刷新后重试");
    }

    void SetReview(Actor actor, DateTimeOffset now, string? note)
    {
        ReviewedById = actor.UserId;
        ReviewedByName = actor.Name;
        ReviewedAt = now;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim(), NoteMax);
    }

    void Move(Actor actor, DateTimeOffset now, string action, FeedbackStatus to, string? reason)
    {
        var from = Status;
        Status = to;
        Audit(actor, now, action, from.ToString(), to.ToString(), reason);
    }

    void Audit(Actor actor, DateTimeOffset now, string action, string? from, string? to, string? reason) =>
        pendingAudit.Add(AuditRecord.For(actor, now, action, nameof(FeedbackLetter), Id.ToString(CultureInfo.InvariantCulture), from, to, reason));

    static void Require(bool condition, string message)
    {
        if (!condition) throw new WorkflowException(message);
    }

    static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new WorkflowException(message);
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
