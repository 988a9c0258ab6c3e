namespace OpenGov.Portal.Models.Participation;

/// <summary>A published exchange: the (reviewed) letter and its reply. Never the writer's name or contact.</summary>
public sealed record PublishedLetter(int Id, string Category, string Subject, string Body, DateTimeOffset ReceivedAt, string Reply,
    DateTimeOffset? RepliedAt, string? DepartmentName);

public sealed record PublishedLettersPage(IReadOnlyList<PublishedLetter> Letters, Pager Pager);

/// <summary>What the writer sees with the tracking code.</summary>
public sealed record LetterStatusPage(string Code, string Category, string Subject, DateTimeOffset ReceivedAt, string Status,
    string? Reply, DateTimeOffset? RepliedAt, string? DepartmentName, string? PublicationNote);
