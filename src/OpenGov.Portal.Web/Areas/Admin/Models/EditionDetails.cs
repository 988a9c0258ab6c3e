using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>Everything staff see about one edition: content, catalogue metadata, people, attachments and the change against the live edition.</summary>
public sealed record EditionDetails(
    Edition Edition,
    string ColumnName,
    string DepartmentName,
    PublicationRef? Interprets,
    IReadOnlyList<AttachmentRow> Attachments,
    EditionComparison? Comparison,
    IReadOnlyList<EditionHistoryRow> History)
{
    public Publication Publication => Edition.Publication;
}

public sealed record PublicationRef(int Id, string Title);

public sealed record AttachmentRow(int Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string Sha256);

public sealed record EditionHistoryRow(int Id, int Number, EditionStatus Status, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, string? ChangeNote);

/// <summary>What changed against the live (published) edition.</summary>
public sealed record EditionComparison(
    int LiveNumber,
    IReadOnlyList<DiffPiece> Title,
    IReadOnlyList<DiffPiece> Summary,
    IReadOnlyList<DiffPiece> Body,
    IReadOnlyList<string> AttachmentsAdded,
    IReadOnlyList<string> AttachmentsRemoved);
