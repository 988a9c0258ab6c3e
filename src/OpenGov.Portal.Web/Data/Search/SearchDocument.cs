using NpgsqlTypes;

namespace OpenGov.Portal.Data.Search;

/// <summary>
/// The search row of a published item, one per public publication. Written only by the database
/// (trigger <c>publications_search_sync</c> and function <c>publication_search_refresh</c>), so it is
/// correct whatever path publishes, withdraws or classifies an item; the application only reads it.
/// </summary>
public sealed class SearchDocument
{
    /// <summary>Upper bound of <see cref="Content"/>: title, numbers, summary and the body's text.</summary>
    public const int ContentMax = 210_000;

    public int PublicationId { get; private set; }
    public int ColumnId { get; private set; }
    public int DepartmentId { get; private set; }

    /// <summary>Year of first publication in China Standard Time (the year facet).</summary>
    public short Year { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>CJK bigrams and Latin/digit words; title and numbers weighted A, summary B, body D.</summary>
    public NpgsqlTsVector Vector { get; private set; } = null!;

    /// <summary>Normalized (NFKC, lower-case) plain text, for exact-substring rechecks of 1- and 3+-character terms.</summary>
    public string Content { get; private set; } = "";

    private SearchDocument() { }
}
