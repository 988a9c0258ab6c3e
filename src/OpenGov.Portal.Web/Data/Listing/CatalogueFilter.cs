using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Listing;

/// <summary>Filters of the disclosure catalogue and the column lists; null means "any".</summary>
public sealed record CatalogueFilter(int? ColumnId = null, int? DepartmentId = null, string? Topic = null, int? Year = null, Validity? Validity = null)
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
}

/// <summary>Which page of a keyset-paged list: the first, the last, or the one after/before a position.</summary>
public sealed record ListPosition(Keyset? After = null, Keyset? Before = null, bool Last = false)
{
    public static ListPosition First { get; } = new();
}

public sealed record CatalogueRow(int Id, string? IndexNumber, string Title, int ColumnId, int DepartmentId, string? DocumentNumber,
    string? Topic, DateOnly? CreatedOn, DateTimeOffset? PublishedAt, Validity Validity);

public sealed record ListPage<T>(IReadOnlyList<T> Rows, Keyset? FirstKey, Keyset? LastKey, bool HasPrevious, bool HasNext);
