using System.Globalization;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Models;

public sealed record SearchPage(SearchState State, SearchTerms Terms, SearchOutcome Outcome,
    IReadOnlyList<FacetLink> Columns, IReadOnlyList<FacetLink> Departments, IReadOnlyList<FacetLink> Years,
    IReadOnlyList<SearchLine> Hits);

public sealed record FacetLink(string Label, int Count, string Url, bool Active);

/// <summary>One result; the HTML strings are encoded text with &lt;mark&gt; around hits (see <see cref="Highlighter"/>).</summary>
public sealed record SearchLine(int Id, string TitleHtml, string SnippetHtml, string Column, string Department,
    string? IndexNumber, string? DocumentNumber, DateTimeOffset PublishedAt);

public sealed record SearchState(string Query, string? Column, string? Department, int? Year, SearchOrder Order, int Page)
{
    public const string Path = "/search";

    (string, string?)[] Values(string? column, string? department, int? year, SearchOrder order, int page) =>
    [
        ("q", Query), ("column", column), ("department", department), ("year", year?.ToString(CultureInfo.InvariantCulture)),
        ("sort", order == SearchOrder.Newest ? "date" : null), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
    ];

    public string PageUrl(int page) => QueryUrl.Build(Path, Values(Column, Department, Year, Order, page));

    public string OrderUrl(SearchOrder order) => QueryUrl.Build(Path, Values(Column, Department, Year, order, 1));

    /// <summary>A facet link toggles its value: on when off, off when on; paging restarts.</summary>
    public string ColumnUrl(string slug) => QueryUrl.Build(Path, Values(Column == slug ? null : slug, Department, Year, Order, 1));

    public string DepartmentUrl(string code) => QueryUrl.Build(Path, Values(Column, Department == code ? null : code, Year, Order, 1));

    public string YearUrl(int year) => QueryUrl.Build(Path, Values(Column, Department, Year == year ? null : year, Order, 1));
}
