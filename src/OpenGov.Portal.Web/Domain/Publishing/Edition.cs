using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace OpenGov.Portal.Domain.Publishing;

/// <summary>
/// One version of a publication moving through the workflow. Only the verbs below change
/// <see cref="Status"/>; each checks the move table and the separation-of-duties rules and
/// records an audit record.
/// </summary>
public sealed class Edition
{
    public int Id { get; private set; }
    public int PublicationId { get; private set; }
    public Publication Publication { get; private set; } = null!;
    public int Number { get; private set; }
    public EditionStatus Status { get; private set; }

    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public string? DocumentNumber { get; private set; }
    public string? Topic { get; private set; }
    public DateOnly CreatedOn { get; private set; }
    public Validity Validity { get; private set; }
    public DisclosureMode DisclosureMode { get; private set; }
    public string? ChangeNote { get; private set; }

    public string AuthorId { get; private set; } = "";
    public string AuthorName { get; private set; } = "";

    /// <summary>Everyone who wrote on this edition (the author first). None of them may review or sign it off.</summary>
    public List<string> EditorIds { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReviewerId { get; private set; }
    public string? ReviewerName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public ReviewVerdict? ReviewVerdict { get; private set; }
    public string? ReviewNote { get; private set; }

    public string? LeaderId { get; private set; }
    public string? LeaderName { get; private set; }
    public DateTimeOffset? SignedOffAt { get; private set; }
    public DateTimeOffset? ScheduledFor { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public string? ReturnReason { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    [Timestamp]
    public uint Version { get; private set; }

    public List<Attachment> Attachments { get; private set; } = [];

    /// <summary>Audit records raised by the verbs, saved (and chained) with the edition.</summary>
    internal List<AuditRecord> PendingAudit { get; } = [];

    private Edition() { }

    internal Edition(Publication publication, int number, Actor author, DateTimeOffset now, EditionContent content)
    {
        Publication = publication;
        Number = number;
        Status = EditionStatus.Draft;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        EditorIds = [author.UserId];
        CreatedAt = now;
        Apply(content, now);
    }

    public EditionContent Content => new(Title, Summary, BodyHtml, DocumentNumber, Topic, CreatedOn, Validity, DisclosureMode, ChangeNote);

    public IReadOnlyList<AuditRecord> TakePendingAudit()
    {
        var records = PendingAudit.ToList();
        PendingAudit.Clear();
        return records;
    }

    internal void Audit(AuditRecord record) => PendingAudit.Add(record);

    public void Edit(Actor actor, DateTimeOffset now, EditionContent content)
    {
        RequireAuthorOf(actor, Publication.DepartmentId);
        if (!Workflow.IsEditable(Status))
            throw new WorkflowException($"“{StatusNames.Of(Status)}”状态的信息不能修改,该信息可能已被他人处理,请刷新后重试");
        Apply(content, now);
        if (!EditorIds.Contains(actor.UserId)) EditorIds.Add(actor.UserId);
        Record(actor, now, "edition.edit", Status, Status, null);
    }

    /// <summary>Records that <paramref name="actor"/> changed this edition in a way other than <see cref="Edit"/> (an attachment, say).</summary>
    public void Touch(Actor actor, DateTimeOffset now, string action, string? detail)
    {
        RequireAuthorOf(actor, Publication.DepartmentId);
        if (!Workflow.IsEditable(Status))
            throw new WorkflowException($"“{StatusNames.Of(Status)}”状态的信息不能修改");
        UpdatedAt = now;
        if (!EditorIds.Contains(actor.UserId)) EditorIds.Add(actor.UserId);
        Record(actor, now, action, Status, Status, detail);
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        RequireAuthorOf(actor, Publication.DepartmentId);
        if (Number > 1 && string.IsNullOrWhiteSpace(ChangeNote))
            throw new WorkflowException("修订已发布的信息须填写修订说明");
        Move(WorkflowAction.Submit, actor, now, null);
        SubmittedAt = now;
        ReturnReason = null;
    }

    public void PassReview(Actor actor, DateTimeOffset now, DisclosureMode mode, string? note)
    {
        RequireReviewer(actor);
        Move(WorkflowAction.PassReview, actor, now, note);
        SetReviewer(actor, now, Publishing.ReviewVerdict.NotClassified, note);
        DisclosureMode = mode;
    }

    /// <summary>涉密 or 不宜公开: the document becomes Classified and can never be published.</summary>
    public void MarkClassified(Actor actor, DateTimeOffset now, ReviewVerdict verdict, string reason)
    {
        RequireReviewer(actor);
        if (verdict == Publishing.ReviewVerdict.NotClassified) throw new ArgumentException("Use PassReview.", nameof(verdict));
        RequireReason(reason, "请填写涉密或不予公开的理由");
        Move(WorkflowAction.MarkClassified, actor, now, reason);
        SetReviewer(actor, now, verdict, reason);
        Publication.Classify(now);
    }

    public void Return(Actor actor, DateTimeOffset now, string reason)
    {
        RequireReason(reason, "请填写退回理由");
        if (Status == EditionStatus.Submitted) RequireReviewer(actor);
        else RequireLeader(actor);
        Move(WorkflowAction.Return, actor, now, reason);
        ReturnReason = reason;
        ReturnedAt = now;
        ScheduledFor = null;
    }

    public void Publish(Actor actor, DateTimeOffset now, string? newIndexNumber)
    {
        if (Status == EditionStatus.Scheduled && actor.IsSystem)
        {
            Move(WorkflowAction.Publish, actor, now, null);
        }
        else
        {
            RequireLeader(actor);
            Move(WorkflowAction.Publish, actor, now, null);
            SetLeader(actor, now);
        }
        PublishedAt = now;
        ScheduledFor = null;
        Publication.MakeLive(this, now, newIndexNumber);
    }

    public void Schedule(Actor actor, DateTimeOffset now, DateTimeOffset at)
    {
        RequireLeader(actor);
        if (at <= now) throw new WorkflowException("定时发布的时间须晚于当前时间");
        Move(WorkflowAction.Schedule, actor, now, at.ToString("O", CultureInfo.InvariantCulture));
        SetLeader(actor, now);
        ScheduledFor = at;
    }

    /// <summary>Takes a published document off the public site. In error: the URL answers 410 and shows nothing.</summary>
    public void Withdraw(Actor actor, DateTimeOffset now, string publicReason, bool publishedInError)
    {
        if (!actor.IsIn(Roles.Leader) || actor.IsIn(Roles.Administrator)) throw new WorkflowException("只有主管领导可以撤回已发布的信息");
        RequireReason(publicReason, "请填写撤回理由");
        if (Publication.LiveEdition != this && Publication.LiveEditionId != Id) throw new WorkflowException("只能撤回当前发布的版本");
        Move(WorkflowAction.Withdraw, actor, now, publicReason);
        WithdrawnAt = now;
        Publication.TakeDown(now, publicReason, publishedInError);
    }

    internal void Supersede(DateTimeOffset now)
    {
        Move(WorkflowAction.Supersede, Actor.System, now, null);
        SupersededAt = now;
    }

    internal void TakeDownForClassification(DateTimeOffset now)
    {
        // Published -> Withdrawn is in the table; the reason is fixed because classification reasons are not public.
        Move(WorkflowAction.Withdraw, Actor.System, now, "经保密审查不予公开");
        WithdrawnAt = now;
    }

    internal static void RequireAuthorOf(Actor actor, int departmentId)
    {
        if (!actor.IsIn(Roles.Author)) throw new WorkflowException("只有信息员可以起草和修改信息");
        if (actor.DepartmentId != departmentId) throw new WorkflowException("信息员只能处理本处室的信息");
    }

    void RequireReviewer(Actor actor)
    {
        if (!actor.IsIn(Roles.Reviewer)) throw new WorkflowException("只有保密审查员可以进行保密审查");
        if (actor.IsIn(Roles.Administrator)) throw new WorkflowException("系统管理员不能审批内容");
        if (EditorIds.Contains(actor.UserId)) throw new WorkflowException("不能审查本人起草或修改的信息");
    }

    void RequireLeader(Actor actor)
    {
        if (!actor.IsIn(Roles.Leader)) throw new WorkflowException("只有主管领导可以签发信息");
        if (actor.IsIn(Roles.Administrator)) throw new WorkflowException("系统管理员不能审批内容");
        if (EditorIds.Contains(actor.UserId)) throw new WorkflowException("不能签发本人起草或修改的信息");
        if (ReviewerId == actor.UserId) throw new WorkflowException("不能签发本人审查的信息");
    }

    static void RequireReason(string? reason, string message)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowException(message);
    }

    void Move(WorkflowAction action, Actor actor, DateTimeOffset now, string? reason)
    {
        var from = Status;
        Status = Workflow.Next(from, action);
        UpdatedAt = now;
        Record(actor, now, "edition." + action.ToString().ToLowerInvariant(), from, Status, reason);
    }

    void Record(Actor actor, DateTimeOffset now, string action, EditionStatus from, EditionStatus to, string? reason) =>
        Audit(AuditRecord.For(actor, now, action, nameof(Edition), Id == 0 ? null : Id.ToString(CultureInfo.InvariantCulture),
            from.ToString(), to.ToString(), reason));

    void SetReviewer(Actor actor, DateTimeOffset now, ReviewVerdict verdict, string? note)
    {
        ReviewerId = actor.UserId;
        ReviewerName = actor.Name;
        ReviewedAt = now;
        ReviewVerdict = verdict;
        ReviewNote = note;
    }

    void SetLeader(Actor actor, DateTimeOffset now)
    {
        LeaderId = actor.UserId;
        LeaderName = actor.Name;
        SignedOffAt = now;
    }

    void Apply(EditionContent c, DateTimeOffset now)
    {
        Title = c.Title.Trim();
        Summary = string.IsNullOrWhiteSpace(c.Summary) ? null : c.Summary.Trim();
        BodyHtml = c.BodyHtml;
        DocumentNumber = string.IsNullOrWhiteSpace(c.DocumentNumber) ? null : c.DocumentNumber.Trim();
        Topic = string.IsNullOrWhiteSpace(c.Topic) ? null : c.Topic.Trim();
        CreatedOn = c.CreatedOn;
        Validity = c.Validity;
        DisclosureMode = c.DisclosureMode;
        ChangeNote = string.IsNullOrWhiteSpace(c.ChangeNote) ? null : c.ChangeNote.Trim();
        UpdatedAt = now;
    }
}
