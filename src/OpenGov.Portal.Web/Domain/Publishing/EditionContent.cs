namespace OpenGov.Portal.Domain.Publishing;

/// <summary>What an author writes on an edition. BodyHtml must already be sanitized.</summary>
public sealed record EditionContent(
    string Title,
    string? Summary,
    string BodyHtml,
    string? DocumentNumber,
    string? Topic,
    DateOnly CreatedOn,
    Validity Validity,
    DisclosureMode DisclosureMode,
    string? ChangeNote);
