using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Models;

public sealed record ItemPage(
    int Id,
    string Title,
    string? Summary,
    string BodyHtml,
    string ColumnSlug,
    string ColumnName,
    string DepartmentName,
    string DepartmentCode,
    string IssuingBody,
    string? IndexNumber,
    string? DocumentNumber,
    string? Topic,
    DateOnly? CreatedOn,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    Validity Validity,
    DisclosureMode DisclosureMode,
    IReadOnlyList<ItemPage.AttachmentLink> Attachments,
    IReadOnlyList<ItemPage.HistoryEntry> History,
    IReadOnlyList<ItemRow> Interpretations,
    ItemRow? Interprets)
{
    public sealed record AttachmentLink(int Id, string FileName, string ContentType, long Size);

    public sealed record HistoryEntry(int Number, DateTimeOffset? PublishedAt, string? ChangeNote, bool IsLive);
}
