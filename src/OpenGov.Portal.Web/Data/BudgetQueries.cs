using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Data;

/// <summary>Reads budgets. Public callers use the Published… methods, which go through <c>.Published()</c>.</summary>
public static class BudgetQueries
{
    public static async Task<List<BudgetSummary>> PublishedAsync(PortalDbContext db, CancellationToken ct) =>
        [.. (await PublishedQuery(db.Budgets, db).ToListAsync(ct)).OrderByDescending(b => b.FiscalYear).ThenBy(b => b.Kind)];

    public static Task<BudgetSummary?> PublishedAsync(PortalDbContext db, int year, BudgetKind kind, CancellationToken ct) =>
        PublishedQuery(db.Budgets.Where(b => b.FiscalYear == year && b.Kind == kind), db).FirstOrDefaultAsync(ct);

    static IQueryable<BudgetSummary> PublishedQuery(IQueryable<Budget> budgets, PortalDbContext db) =>
        from b in budgets.AsNoTracking()
        join p in db.Publications.AsNoTracking().Published() on b.PublicationId equals p.Id
        join e in db.Editions on p.LiveEditionId equals e.Id
        select new BudgetSummary(b.Id, p.Id, b.FiscalYear, b.Kind, p.Title!, e.Id, e.Status, p.PublishedAt, p.IndexNumber);

    /// <summary>The budget an edition belongs to, whatever the edition's status (back office and reviewers).</summary>
    public static Task<BudgetSummary?> ForEditionAsync(PortalDbContext db, int editionId, CancellationToken ct) =>
        (from e in db.Editions.AsNoTracking()
         join b in db.Budgets on e.PublicationId equals b.PublicationId
         join p in db.Publications on e.PublicationId equals p.Id
         where e.Id == editionId
         select new BudgetSummary(b.Id, p.Id, b.FiscalYear, b.Kind, e.Title, e.Id, e.Status, e.PublishedAt, p.IndexNumber))
        .FirstOrDefaultAsync(ct);

    /// <summary>Every standard table of an edition (empty lists for tables not entered yet), lines in their order.</summary>
    public static async Task<IReadOnlyDictionary<BudgetTableKind, IReadOnlyList<BudgetRow>>> TablesAsync(
        PortalDbContext db, int editionId, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.EditionId == editionId).ToListAsync(ct);
        return BudgetSchemas.All.ToDictionary(s => s.Kind, s => (IReadOnlyList<BudgetRow>)lines
            .Where(l => l.Table == s.Kind).OrderBy(l => l.SortOrder).Select(l => l.ToRow()).ToList());
    }
}
