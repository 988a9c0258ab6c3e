namespace OpenGov.Portal.Data.Search;

public sealed record SearchFilter(int? ColumnId = null, int? DepartmentId = null, int? Year = null);

public enum SearchOrder
{
    Relevance,
    Newest,
}

public sealed record SearchHit(int Id, string Title, string? IndexNumber, string? DocumentNumber, DateTimeOffset PublishedAt,
    int ColumnId, int DepartmentId, string TitleHtml, string SnippetHtml);

public sealed record FacetCount(int Key, int Count);

/// <summary>
/// One page of results. <see cref="Total"/> and the facets count at most <see cref="SiteSearch.CountCap"/>
/// matches (<see cref="TotalCapped"/> says when there are more; <see cref="TotalIsEstimate"/> when they count
/// bigram matches whose exact check was not run on all of them); ranking and paging cover the newest
/// <see cref="SiteSearch.Pool"/> matches.
/// </summary>
public sealed record SearchOutcome(int Total, bool TotalCapped, bool TotalIsEstimate, IReadOnlyList<FacetCount> Columns,
    IReadOnlyList<FacetCount> Departments, IReadOnlyList<FacetCount> Years, IReadOnlyList<SearchHit> Hits, int Page, int PageCount)
{
    public static SearchOutcome None { get; } = new(0, false, false, [], [], [], [], 1, 1);
}
