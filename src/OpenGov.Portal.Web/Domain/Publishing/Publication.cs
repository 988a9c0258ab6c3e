using System.ComponentModel.DataAnnotations;

namespace OpenGov.Portal.Domain.Publishing;

/// <summary>
/// The stable identity a citizen sees (URL, 索引号). Its editions move through the workflow; the
/// listing fields (title, dates, catalogue metadata) are copied from the live edition when it is
/// published so that public lists read one table.
/// </summary>
public sealed class Publication
{
    public int Id { get; private set; }
    public PublicationKind Kind { get; private set; }
    public int ColumnId { get; set; }
    public int DepartmentId { get; private set; }

    /// <summary>For an interpretation (政策解读): the policy document it interprets.</summary>
    public int? InterpretsId { get; set; }

    public string? IndexNumber { get; private set; }
    public int? LiveEditionId { get; private set; }
    public Edition? LiveEdition { get; private set; }

    public string? Title { get; private set; }
    public string? Summary { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string? Topic { get; private set; }
    public DateOnly? CreatedOn { get; private set; }
    public Validity Validity { get; private set; }
    public DisclosureMode DisclosureMode { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }

    /// <summary>Withdrawn as published in error: the URL answers 410 Gone and shows nothing.</summary>
    public bool Gone { get; private set; }

    public DateTimeOffset? ClassifiedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    [Timestamp]
    public uint Version { get; private set; }

    public List<Edition> Editions { get; private set; } = [];

    private Publication() { }

    public bool IsPublic => (LiveEditionId is not null || LiveEdition is not null) && WithdrawnAt is null && !Gone && ClassifiedAt is null;

    /// <summary>Starts a document with its first draft edition.</summary>
    public static Publication Draft(PublicationKind kind, int columnId, int departmentId, Actor author, DateTimeOffset now, EditionContent content)
    {
        Edition.RequireAuthorOf(author, departmentId);
        var publication = new Publication { Kind = kind, ColumnId = columnId, DepartmentId = departmentId, CreatedAt = now };
        var edition = new Edition(publication, 1, author, now, content);
        publication.Editions.Add(edition);
        edition.Audit(AuditRecord.For(author, now, "edition.create", nameof(Publication), null, null, nameof(EditionStatus.Draft)));
        return publication;
    }

    /// <summary>Opens a new draft edition of a published document; the live edition stays until the new one is published.</summary>
    public Edition StartNewEdition(Actor author, DateTimeOffset now)
    {
        Edition.RequireAuthorOf(author, DepartmentId);
        if (ClassifiedAt is not null) throw new WorkflowException("该信息已被标记为涉密或不予公开,不能再编辑");
        if (Gone || WithdrawnAt is not null) throw new WorkflowException("该信息已撤回,不能再编辑");
        if (LiveEdition is null) throw new WorkflowException("该信息尚未发布,请直接编辑当前草稿");
        if (Editions.Any(e => Workflow.IsOpen(e.Status)))
            throw new WorkflowException("该信息已有一个正在处理的新版本,请先完成或等待该版本");

        var live = LiveEdition;
        var content = live.Content with { ChangeNote = null };
        var edition = new Edition(this, Editions.Max(e => e.Number) + 1, author, now, content);
        edition.Attachments.AddRange(live.Attachments.Select(a => a.CopyFor(author.UserId, now)));
        Editions.Add(edition);
        edition.Audit(AuditRecord.For(author, now, "edition.create", nameof(Publication), Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, nameof(EditionStatus.Draft), $"新版本 {edition.Number}"));
        return edition;
    }

    internal void MakeLive(Edition edition, DateTimeOffset now, string? newIndexNumber)
    {
        if (ClassifiedAt is not null) throw new WorkflowException("涉密或不予公开的信息不能发布");
        if (IndexNumber is null)
        {
            if (string.IsNullOrEmpty(newIndexNumber)) throw new InvalidOperationException("A first publication needs an index number.");
            IndexNumber = newIndexNumber;
        }

        var previous = LiveEdition;
        if (previous is not null && previous != edition) previous.Supersede(now);

        LiveEdition = edition;
        if (edition.Id != 0) LiveEditionId = edition.Id;
        var c = edition.Content;
        Title = c.Title;
        Summary = c.Summary;
        DocumentNumber = c.DocumentNumber;
        Topic = c.Topic;
        CreatedOn = c.CreatedOn;
        Validity = c.Validity;
        DisclosureMode = c.DisclosureMode;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    internal void TakeDown(DateTimeOffset now, string reason, bool gone)
    {
        WithdrawnAt = now;
        WithdrawalReason = reason;
        Gone = gone;
    }

    internal void Classify(DateTimeOffset now)
    {
        ClassifiedAt = now;
        if (LiveEdition is not null)
        {
            // A document found to be classified after publication must disappear from the public site.
            LiveEdition.TakeDownForClassification(now);
            LiveEdition = null;
            LiveEditionId = null;
            TakeDown(now, "该信息经保密审查不予公开", gone: true);
        }
    }

    /// <summary>Whether <paramref name="actor"/> may see this document's unpublished editions.</summary>
    public bool IsVisibleTo(Actor actor) =>
        actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader) || actor.IsIn(Roles.Auditor)
        || (actor.IsIn(Roles.Author) && actor.DepartmentId == DepartmentId);
}
