using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The author's department's documents, each with its newest edition.</summary>
public sealed record EditionListPage(string DepartmentName, IReadOnlyList<EditionListPage.Row> Rows, Pager Pager)
{
    public sealed record Row(int EditionId, int PublicationId, int Number, string Title, PublicationKind Kind, EditionStatus Status,
        string? IndexNumber, bool IsLive, DateTimeOffset UpdatedAt);
}
