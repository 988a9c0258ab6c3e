namespace OpenGov.Portal.Models;

public sealed record WithdrawnPage(int Id, string Title, string? IndexNumber, DateTimeOffset? WithdrawnAt, string? Reason);
