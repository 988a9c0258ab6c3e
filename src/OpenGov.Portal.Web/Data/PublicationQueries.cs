using System.Linq.Expressions;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

public static class PublicationQueries
{
    /// <summary><see cref="Published"/> for hand-written SQL over <c>publications p</c>.</summary>
    public const string PublishedSql = "p.live_edition_id IS NOT NULL AND p.withdrawn_at IS NULL AND NOT p.gone AND p.classified_at IS NULL";

    /// <summary>
    /// What <see cref="Published"/> filters on, for subqueries inside one projection (EF Core cannot look into an
    /// extension method there, but it inlines a captured expression).
    /// </summary>
    public static readonly Expression<Func<Publication, bool>> IsPublished =
        p => p.LiveEditionId != null && p.WithdrawnAt == null && !p.Gone && p.ClassifiedAt == null;

    /// <summary>The only way public pages read publications: live, not withdrawn, not classified.</summary>
    public static IQueryable<Publication> Published(this IQueryable<Publication> publications) => publications.Where(IsPublished);

    /// <summary>Newest first, with the id as tie-breaker so keyset paging is stable.</summary>
    public static IOrderedQueryable<Publication> NewestFirst(this IQueryable<Publication> publications) =>
        publications.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);
}
