using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Listing;

/// <summary>
/// Pages of published items for the disclosure catalogue, column lists and the open-data API. Keyset
/// paging ((sort key, id) row comparison, one index range scan per page) keeps the last page as fast as the
/// first; there is no OFFSET and no per-request COUNT (see <see cref="ListCounts"/>).
/// </summary>
public static class CatalogueQuery
{
    public static IQueryable<Publication> Filtered(PortalDbContext db, CatalogueFilter f)
    {
        var q = db.Publications.AsNoTracking().Published();
        if (f.ColumnId is { } column) q = q.Where(p => p.ColumnId == column);
        if (f.DepartmentId is { } department) q = q.Where(p => p.DepartmentId == department);
        if (f.Topic is { } topic) q = q.Where(p => p.Topic == topic);
        if (f.Validity is { } validity) q = q.Where(p => p.Validity == validity);
        if (f.Year is { } year)
        {
            var from = Cst.FromCstLocal(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            var to = Cst.FromCstLocal(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            q = q.Where(p => p.PublishedAt >= from && p.PublishedAt < to);
        }
        return q;
    }

    public static async Task<ListPage<CatalogueRow>> PageAsync(PortalDbContext db, CatalogueFilter filter, ListSort sort, bool descending,
        ListPosition position, int size, CancellationToken ct)
    {
        // Before a position and the last page walk the list backwards, then turn the rows round.
        var backwards = position.Before is not null || (position.Last && position.After is null);
        var walkDescending = descending ^ backwards;
        var q = Filtered(db, filter);
        var from = backwards ? position.Before : position.After;
        if (from is not null) q = Seek(q, sort, walkDescending, from);
        var rows = await Order(q, sort, walkDescending).Take(size + 1)
            .Select(p => new CatalogueRow(p.Id, p.IndexNumber, p.Title!, p.ColumnId, p.DepartmentId, p.DocumentNumber, p.Topic,
                p.CreatedOn, p.PublishedAt, p.Validity))
            .ToListAsync(ct);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (backwards) rows.Reverse();

        var hasPrevious = backwards ? more : from is not null;
        var hasNext = backwards ? position.Before is not null : more;
        return new ListPage<CatalogueRow>(rows,
            rows.Count == 0 ? null : KeyOf(rows[0], sort),
            rows.Count == 0 ? null : KeyOf(rows[^1], sort),
            hasPrevious && rows.Count > 0, hasNext && rows.Count > 0);
    }

    public static Keyset KeyOf(CatalogueRow row, ListSort sort) => Keyset.Of(sort, row.PublishedAt, row.CreatedOn, row.IndexNumber, row.Id);

    /// <summary>Rows strictly beyond <paramref name="k"/> in walking order, as a row comparison PostgreSQL serves from the index.</summary>
    static IQueryable<Publication> Seek(IQueryable<Publication> q, ListSort sort, bool descending, Keyset k)
    {
        switch (sort)
        {
            case ListSort.Created:
                DateOnly? created = k.CreatedOn;
                return descending
                    ? q.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.CreatedOn, p.Id), ValueTuple.Create(created, k.Id)))
                    : q.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.CreatedOn, p.Id), ValueTuple.Create(created, k.Id)));
            case ListSort.IndexNumber:
                var index = k.Text;
                return descending
                    ? q.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.IndexNumber, p.Id), ValueTuple.Create(index, k.Id)))
                    : q.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.IndexNumber, p.Id), ValueTuple.Create(index, k.Id)));
            default:
                DateTimeOffset? at = k.PublishedAt;
                return descending
                    ? q.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(at, k.Id)))
                    : q.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(at, k.Id)));
        }
    }

    static IOrderedQueryable<Publication> Order(IQueryable<Publication> q, ListSort sort, bool descending) => (sort, descending) switch
    {
        (ListSort.Created, true) => q.OrderByDescending(p => p.CreatedOn).ThenByDescending(p => p.Id),
        (ListSort.Created, false) => q.OrderBy(p => p.CreatedOn).ThenBy(p => p.Id),
        (ListSort.IndexNumber, true) => q.OrderByDescending(p => p.IndexNumber).ThenByDescending(p => p.Id),
        (ListSort.IndexNumber, false) => q.OrderBy(p => p.IndexNumber).ThenBy(p => p.Id),
        (_, true) => q.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        _ => q.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id),
    };

    const string TopicsSql = $"""
        WITH RECURSIVE t(topic) AS (
            (SELECT p.topic FROM publications p WHERE {PublicationQueries.PublishedSql} AND p.topic IS NOT NULL ORDER BY p.topic LIMIT 1)
            UNION ALL
            SELECT (SELECT p.topic FROM publications p WHERE {PublicationQueries.PublishedSql} AND p.topic > t.topic ORDER BY p.topic LIMIT 1)
            FROM t WHERE t.topic IS NOT NULL)
        SELECT topic AS "Value" FROM t WHERE topic IS NOT NULL LIMIT 200
        """;

    /// <summary>Distinct topics of published items, read with a loose index scan (one index probe per topic).</summary>
    public static Task<List<string>> TopicsAsync(PortalDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>(TopicsSql).ToListAsync(ct);

    /// <summary>Years (CST) from the newest published item back to the oldest.</summary>
    public static async Task<List<int>> YearsAsync(PortalDbContext db, CancellationToken ct)
    {
        var published = db.Publications.AsNoTracking().Published();
        var newest = await published.OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefaultAsync(ct);
        var oldest = await published.OrderBy(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefaultAsync(ct);
        if (newest is null || oldest is null) return [];
        var last = Cst.ToCst(newest.Value).Year;
        var first = Math.Max(Cst.ToCst(oldest.Value).Year, last - 60);
        return Enumerable.Range(first, last - first + 1).Reverse().ToList();
    }
}
