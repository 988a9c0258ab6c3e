using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

/// <summary>One line of the triage list. Name and contact are masked.</summary>
public sealed record LetterRow(int Id, DateTimeOffset ReceivedAt, string Category, string Subject, string Name, string Contact,
    FeedbackStatus Status, string? Department, DateOnly DueOn, bool Overdue, TimeSpan? FirstReply, FeedbackPublicationState Publication);

public sealed record LettersPage(IReadOnlyList<LetterRow> Rows, string Filter, Pager Pager, int ReplyWorkingDays);

public sealed record LetterDetailPage(
    FeedbackLetter Letter,
    string? DepartmentName,
    IReadOnlyList<DepartmentOption> Departments,
    bool ShowPersonal,
    bool MaySeePersonal,
    bool IsCoordinator,
    bool IsHandler,
    DateOnly DueOn,
    bool Overdue,
    AssignForm Assign,
    ReplyForm Reply,
    ReasonForm Invalid);

public sealed record DepartmentOption(int Id, string Name);

public sealed record ReviewRow(int Id, string Subject, string Category, DateTimeOffset? RepliedAt, string? RepliedBy, string? Department);

public sealed record LetterReviewPage(FeedbackLetter Letter, string? DepartmentName, bool MayReview, string? Refusal, PublishReplyForm Publish, ReasonForm Withhold);
