namespace OpenGov.Portal.Models;

/// <summary>One line of a public list.</summary>
public sealed record ItemRow(int Id, string Title, DateTimeOffset? PublishedAt, string? DocumentNumber);
