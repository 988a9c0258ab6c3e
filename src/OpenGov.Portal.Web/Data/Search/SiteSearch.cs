using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace OpenGov.Portal.Data.Search;

/// <summary>
/// Full-text search over published items, in PostgreSQL only (table publication_search, see the
/// PublicSearchAndCatalogue migration). Work per query is bounded whatever the archive size:
/// <list type="bullet">
/// <item>the total and the facets count at most <see cref="CountCap"/> bigram matches, read from the GIN index
/// and the narrow columns only (no de-TOASTing);</item>
/// <item>results come from the newest <see cref="Window"/> bigram matches: terms of 1 or 3+ ideographs are
/// checked as exact substrings there, and the newest <see cref="Pool"/> exact matches are ranked
/// (ts_rank_cd, title weighted) and paged.</item>
/// </list>
/// </summary>
public sealed class SiteSearch(PublicReadSource source)
{
    readonly NpgsqlDataSource dataSource = source.DataSource;

    public const int PageSize = 20;
    public const int Pool = 500;
    public const int Window = 4 * Pool;
    public const int CountCap = 5_000;
    public const int MaxPage = Pool / PageSize;

    /// <summary>Most rows walked newest-first before a term is looked up through the GIN bitmap instead (see <see cref="CandidatesAsync"/>).</summary>
    public const int RecentScanLimit = 20_000;

    public async Task<SearchOutcome> SearchAsync(SearchTerms terms, SearchFilter filter, SearchOrder order, int page, CancellationToken ct)
    {
        if (!terms.IsSearchable) return SearchOutcome.None;
        page = Math.Clamp(page, 1, MaxPage);

        // Counting and ranking are independent: run them side by side on two connections.
        var counting = CountAsync(terms, filter, ct);
        var ranking = HitsAsync(terms, filter, order, page, ct);
        var (bigramMatches, columns, departments, years) = await counting;
        var (hits, windowSize, poolSize) = await ranking;

        // Without substring checks the bigram count is exact. With them it is an estimate, unless the window held
        // every bigram match and the pool every exact one: then the pool size is the exact total.
        var total = Math.Min(bigramMatches, CountCap);
        var estimate = false;
        if (terms.Substrings.Count > 0)
        {
            if (windowSize >= 0 && windowSize < Window && poolSize < Pool) total = poolSize;
            else estimate = true;
        }
        var pageCount = Math.Max(1, (Math.Min(Math.Min(total, poolSize), Pool) + PageSize - 1) / PageSize);
        if (page > pageCount && poolSize > 0)
        {
            page = pageCount;
            (hits, _, _) = await HitsAsync(terms, filter, order, page, ct);
        }
        return new SearchOutcome(total, bigramMatches > CountCap, estimate, columns, departments, years, hits, page, pageCount);
    }

    /// <summary>
    /// Matches newest first after a (published_at, id) position, for the open-data API. A page may hold fewer than
    /// <paramref name="limit"/> items when few bigram matches are exact; <c>Next</c> then still points further on.
    /// </summary>
    public async Task<(IReadOnlyList<(int Id, DateTimeOffset PublishedAt)> Items, (DateTimeOffset At, int Id)? Next)> MatchesAsync(
        SearchTerms terms, SearchFilter filter, string? topic, string? validity, (DateTimeOffset At, int Id)? after, int limit, CancellationToken ct)
    {
        if (!terms.IsSearchable) return ([], null);
        var window = terms.Substrings.Count > 0 ? 4 * (limit + 1) : limit + 1;
        var candidates = await CandidatesAsync(terms, filter, window, (cmd, where) =>
        {
            if (topic is not null || validity is not null)
            {
                if (topic is not null) { where.Append(" AND p.topic = @topic"); cmd.Parameters.AddWithValue("topic", topic); }
                if (validity is not null) { where.Append(" AND p.validity = @validity"); cmd.Parameters.AddWithValue("validity", validity); }
                return " JOIN publications p ON p.id = s.publication_id";
            }
            return "";
        }, after, ct);

        var exact = new bool[candidates.Count];
        if (terms.Substrings.Count == 0) Array.Fill(exact, true);
        else if (candidates.Count > 0)
        {
            await using var cmd = dataSource.CreateCommand();
            cmd.Parameters.AddWithValue("ids", candidates.Select(c => c.Id).ToArray());
            cmd.CommandText = $"""
                SELECT c.n, {Exact(cmd, terms, "x")} FROM unnest(@ids::int[]) WITH ORDINALITY AS c(publication_id, n)
                CROSS JOIN LATERAL (SELECT s.content FROM publication_search s WHERE s.publication_id = c.publication_id OFFSET 0) x
                """;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) exact[reader.GetInt64(0) - 1] = reader.GetBoolean(1);
        }

        var items = new List<(int, DateTimeOffset)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!exact[i]) continue;
            if (items.Count == limit) return (items, (items[^1].Item2, items[^1].Item1));
            items.Add(candidates[i]);
        }
        return (items, candidates.Count == window ? (candidates[^1].At, candidates[^1].Id) : null);
    }

    /// <summary>
    /// The newest <paramref name="window"/> bigram matches (after the filters), newest first. Two plans, because neither
    /// suits every term over a large archive: walking the newest rows and testing each one's vector finds a common term
    /// (专利, in most items) after a few hundred rows but would read the whole table for a rare one, while the GIN
    /// bitmap finds a rare term at once but must visit and recheck every row of a common one. So the newest rows are
    /// walked first, a bounded number of them (<see cref="RecentScanLimit"/> at most, widened as the hit rate seen
    /// suggests), and only a term too rare to fill the window that way is looked up through the bitmap. Both give the
    /// same rows: the newest matches among the newest rows are the newest matches overall.
    /// </summary>
    async Task<List<(int Id, DateTimeOffset At)>> CandidatesAsync(SearchTerms terms, SearchFilter filter, int window,
        Func<NpgsqlCommand, StringBuilder, string>? extra, (DateTimeOffset At, int Id)? after, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var scan = 4 * window;
        while (true)
        {
            await using var cmd = new NpgsqlCommand { Connection = conn };
            var (join, filters) = Filters(cmd, terms, filter, extra, after);
            cmd.CommandText = $"""
                SELECT r.publication_id, r.published_at FROM (
                    SELECT s.publication_id, s.published_at, s.vector FROM publication_search s{join}
                    WHERE TRUE{filters}
                    ORDER BY s.published_at DESC, s.publication_id DESC
                    LIMIT {scan.ToString(CultureInfo.InvariantCulture)}) r
                WHERE r.vector @@ og_search_query(@q)
                ORDER BY r.published_at DESC, r.publication_id DESC
                LIMIT {window.ToString(CultureInfo.InvariantCulture)}
                """;
            var found = await ReadCandidatesAsync(cmd, ct);
            if (found.Count >= window) return found;
            if (found.Count == 0 || scan >= RecentScanLimit) break;
            var needed = (long)Math.Ceiling(1.25 * window * scan / found.Count);
            if (needed > RecentScanLimit) break;
            scan = (int)Math.Max(needed, 2L * scan);
        }

        await using var tx = await BitmapOnlyAsync(conn, ct);
        await using var bitmap = new NpgsqlCommand { Connection = conn, Transaction = tx };
        var (bitmapJoin, bitmapFilters) = Filters(bitmap, terms, filter, extra, after);
        bitmap.CommandText = $"""
            SELECT s.publication_id, s.published_at FROM publication_search s{bitmapJoin}
            WHERE s.vector @@ og_search_query(@q){bitmapFilters}
            ORDER BY s.published_at DESC, s.publication_id DESC
            LIMIT {window.ToString(CultureInfo.InvariantCulture)}
            """;
        var matches = await ReadCandidatesAsync(bitmap, ct);
        await tx.CommitAsync(ct);
        return matches;
    }

    static async Task<List<(int Id, DateTimeOffset At)>> ReadCandidatesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var rows = new List<(int, DateTimeOffset)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return rows;
    }

    /// <summary>The query parameter and the filters other than the match (" AND …"), with the join they need.</summary>
    static (string Join, string Filters) Filters(NpgsqlCommand cmd, SearchTerms terms, SearchFilter filter,
        Func<NpgsqlCommand, StringBuilder, string>? extra, (DateTimeOffset At, int Id)? after)
    {
        AddQuery(cmd, terms);
        var where = FilterSql(cmd, filter);
        var join = extra?.Invoke(cmd, where) ?? "";
        if (after is { } a)
        {
            where.Append(" AND (s.published_at, s.publication_id) < (@after_at, @after_id)");
            cmd.Parameters.AddWithValue("after_at", a.At);
            cmd.Parameters.AddWithValue("after_id", a.Id);
        }
        return (join, where.ToString());
    }

    /// <summary>Total and facets over at most <see cref="CountCap"/> bigram matches.</summary>
    async Task<(int Total, List<FacetCount> Columns, List<FacetCount> Departments, List<FacetCount> Years)> CountAsync(
        SearchTerms terms, SearchFilter filter, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await BitmapOnlyAsync(conn, ct);
        await using var cmd = new NpgsqlCommand { Connection = conn, Transaction = tx };
        var where = Where(cmd, terms, filter);
        cmd.CommandText = $"""
            WITH m AS MATERIALIZED (
                SELECT s.column_id, s.department_id, s.year FROM publication_search s
                WHERE {where}
                LIMIT {(CountCap + 1).ToString(CultureInfo.InvariantCulture)})
            SELECT 0, 0, count(*)::int FROM m
            UNION ALL SELECT 1, column_id, count(*)::int FROM m GROUP BY column_id
            UNION ALL SELECT 2, department_id, count(*)::int FROM m GROUP BY department_id
            UNION ALL SELECT 3, year, count(*)::int FROM m GROUP BY year
            """;
        var total = 0;
        List<FacetCount> columns = [], departments = [], years = [];
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var facet = new FacetCount(reader.GetInt32(1), reader.GetInt32(2));
                switch (reader.GetInt32(0))
                {
                    case 0: total = facet.Count; break;
                    case 1: columns.Add(facet); break;
                    case 2: departments.Add(facet); break;
                    default: years.Add(facet); break;
                }
            }
        }
        await tx.CommitAsync(ct);
        return (total, Sorted(columns), Sorted(departments), years.OrderByDescending(y => y.Key).ToList());
    }

    static List<FacetCount> Sorted(List<FacetCount> facets) => facets.OrderByDescending(f => f.Count).ThenBy(f => f.Key).ToList();

    /// <summary>One page of ranked results, with the sizes of the candidate window and of the exact-match pool.</summary>
    async Task<(IReadOnlyList<SearchHit> Hits, int WindowSize, int PoolSize)> HitsAsync(SearchTerms terms, SearchFilter filter, SearchOrder order,
        int page, CancellationToken ct)
    {
        var window = terms.Substrings.Count > 0 ? Window : Pool;
        var candidates = await CandidatesAsync(terms, filter, window, null, null, ct);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = conn.CreateCommand();
        AddQuery(cmd, terms);
        cmd.Parameters.AddWithValue("ids", candidates.Select(c => c.Id).ToArray());
        cmd.Parameters.AddWithValue("ats", candidates.Select(c => c.At).ToArray());
        cmd.Parameters.AddWithValue("offset", (page - 1) * PageSize);
        var rank = order == SearchOrder.Relevance
            ? "ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', pool.vector, og_search_query(@q), 1)"
            : "0::real";
        cmd.CommandText = $"""
            WITH candidates AS MATERIALIZED (
                SELECT c.publication_id, c.published_at FROM unnest(@ids::int[], @ats::timestamptz[]) AS c(publication_id, published_at)
            ), pool AS MATERIALIZED (
                -- One primary-key probe per candidate, newest first, stopping at the pool size: only those rows'
                -- text and vector are read (a join would let the planner scan and de-TOAST the whole table).
                SELECT c.publication_id, c.published_at, x.vector FROM candidates c
                CROSS JOIN LATERAL (SELECT s.vector, s.content FROM publication_search s WHERE s.publication_id = c.publication_id OFFSET 0) x
                WHERE {Exact(cmd, terms, "x")}
                LIMIT {Pool.ToString(CultureInfo.InvariantCulture)}
            ), hits AS (
                SELECT pool.publication_id, pool.published_at, {rank} AS rank FROM pool
                ORDER BY rank DESC, pool.published_at DESC, pool.publication_id DESC
                OFFSET @offset LIMIT {PageSize.ToString(CultureInfo.InvariantCulture)}
            )
            SELECT sizes.window_size, sizes.pool_size, h.*
            FROM (SELECT pool_size,
                         -- Counting the window reads all of it: only worth it when the pool did not fill up (then it was read anyway).
                         CASE WHEN pool_size < {Pool.ToString(CultureInfo.InvariantCulture)} THEN (SELECT count(*) FROM candidates)::int ELSE -1 END AS window_size
                  FROM (SELECT (SELECT count(*) FROM pool)::int AS pool_size) p) sizes
            LEFT JOIN LATERAL (
                SELECT p.id, p.title, p.index_number, p.document_number, p.published_at, p.column_id, p.department_id, p.summary, e.body_html,
                       hits.rank, hits.publication_id
                FROM hits JOIN publications p ON p.id = hits.publication_id JOIN editions e ON e.id = p.live_edition_id
                WHERE {PublicationQueries.PublishedSql}
            ) h ON true
            ORDER BY h.rank DESC, h.published_at DESC, h.publication_id DESC
            """;
        var hits = new List<SearchHit>();
        int windowSize = 0, poolSize = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            windowSize = reader.GetInt32(0);
            poolSize = reader.GetInt32(1);
            if (reader.IsDBNull(2)) continue;
            var title = reader.GetString(3);
            var text = Highlighter.TextOf(reader.GetString(10));
            if (text.Length == 0) text = reader.IsDBNull(9) ? "" : reader.GetString(9);
            hits.Add(new SearchHit(reader.GetInt32(2), title, NullableString(reader, 4), NullableString(reader, 5),
                reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7), reader.GetInt32(8),
                Highlighter.Mark(title, terms.Highlights), Highlighter.Snippet(text, terms.Highlights)));
        }
        return (hits, windowSize, poolSize);
    }

    static string? NullableString(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>The bigram match and filters over <c>publication_search s</c>, parameters added to <paramref name="cmd"/>.</summary>
    static StringBuilder Where(NpgsqlCommand cmd, SearchTerms terms, SearchFilter filter)
    {
        AddQuery(cmd, terms);
        return FilterSql(cmd, filter).Insert(0, "s.vector @@ og_search_query(@q)");
    }

    /// <summary>The query's index terms as parameter <c>@q</c> (for <c>og_search_query(@q)</c>).</summary>
    static void AddQuery(NpgsqlCommand cmd, SearchTerms terms) =>
        cmd.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = terms.IndexText });

    /// <summary>The facet filters as " AND …" conditions on <c>publication_search s</c> (served by its btree indexes).</summary>
    static StringBuilder FilterSql(NpgsqlCommand cmd, SearchFilter filter)
    {
        var where = new StringBuilder();
        if (filter.ColumnId is { } column) { where.Append(" AND s.column_id = @column"); cmd.Parameters.AddWithValue("column", column); }
        if (filter.DepartmentId is { } department) { where.Append(" AND s.department_id = @department"); cmd.Parameters.AddWithValue("department", department); }
        if (filter.Year is { } year) { where.Append(" AND s.year = @year"); cmd.Parameters.AddWithValue("year", (short)year); }
        return where;
    }

    /// <summary>
    /// A transaction in which the planner uses the GIN bitmap for the match: for a common term it would otherwise
    /// choose a scan that de-TOASTs every row's vector to test it, while the bitmap answers from the index.
    /// </summary>
    static async Task<NpgsqlTransaction> BitmapOnlyAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var tx = await conn.BeginTransactionAsync(ct);
        await using var set = new NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", conn, tx);
        await set.ExecuteNonQueryAsync(ct);
        return tx;
    }

    /// <summary>The exact check of runs of 1 or 3+ ideographs against <c>{alias}.content</c> (TRUE when there are none).</summary>
    static string Exact(NpgsqlCommand cmd, SearchTerms terms, string alias)
    {
        if (terms.Substrings.Count == 0) return "TRUE";
        var sql = new StringBuilder();
        for (var i = 0; i < terms.Substrings.Count; i++)
        {
            var name = "s" + i.ToString(CultureInfo.InvariantCulture);
            if (i > 0) sql.Append(" AND ");
            sql.Append(alias).Append(".content LIKE @").Append(name);
            cmd.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = "%" + EscapeLike(terms.Substrings[i]) + "%" });
        }
        return sql.ToString();
    }

    static string EscapeLike(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
