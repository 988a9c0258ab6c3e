using System.Globalization;
using OpenGov.Portal.Data.Listing;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models;

public sealed record CataloguePage(
    CatalogueState State,
    IReadOnlyList<FilterOption> Columns,
    IReadOnlyList<FilterOption> Departments,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Years,
    IReadOnlyList<FilterOption> Validities,
    IReadOnlyList<CatalogueLine> Rows,
    KeysetPager Pager,
    IReadOnlyList<ItemRow> Guide,
    string? ApplyHref);

public sealed record FilterOption(string Value, string Label);

public sealed record CatalogueLine(int Id, string? IndexNumber, string Title, string Department, string? DocumentNumber, string? Topic,
    DateOnly? CreatedOn, DateTimeOffset? PublishedAt, Validity Validity);

/// <summary>The catalogue's filter and sort as the query string carries them (unknown values already dropped).</summary>
public sealed record CatalogueState(string? Column, string? Department, string? Topic, int? Year, string? Validity, ListSort Sort, bool Descending)
{
    public const string Path = "/zwgk";

    public static string KeyOf(ListSort sort) => sort switch
    {
        ListSort.Created => "created",
        ListSort.IndexNumber => "index",
        _ => "published",
    };

    public static ListSort SortOf(string? key) => key switch
    {
        "created" => ListSort.Created,
        "index" => ListSort.IndexNumber,
        _ => ListSort.Published,
    };

    public string SortKey => KeyOf(Sort);

    public bool IsFiltered => Column is not null || Department is not null || Topic is not null || Year is not null || Validity is not null;

    (string, string?)[] Query(ListSort sort, bool descending) =>
    [
        ("column", Column), ("department", Department), ("topic", Topic),
        ("year", Year?.ToString(CultureInfo.InvariantCulture)), ("validity", Validity),
        ("sort", sort == ListSort.Published ? null : KeyOf(sort)), ("dir", descending ? null : "asc"),
    ];

    public string Url(params (string Key, string? Value)[] extra) => QueryUrl.Build(Path, Query(Sort, Descending).Concat(extra));

    /// <summary>Sorting by <paramref name="sort"/>: newest/highest first, or the other way round when it is already the sort.</summary>
    public string SortUrl(ListSort sort) => QueryUrl.Build(Path, Query(sort, Sort == sort ? !Descending : true));

    public string? AriaSort(ListSort sort) => Sort != sort ? null : Descending ? "descending" : "ascending";
}
