using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data.Resilience;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>Starts budget publications (year + kind → draft edition) and revisions of published ones (tables copied).</summary>
public sealed class BudgetDrafts(PortalDbContext db, TimeProvider clock)
{
    public const string ColumnSlug = "budgets";

    public Task<bool> ExistsAsync(int year, BudgetKind kind, CancellationToken ct = default) =>
        db.Budgets.AnyAsync(b => b.FiscalYear == year && b.Kind == kind, ct);

    /// <summary>Creates the publication, its first (draft) edition and the budget identity; returns the edition.</summary>
    public async Task<Edition> CreateAsync(int year, BudgetKind kind, Actor author, string? titleSuffix = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var column = await db.Columns.Where(c => c.Slug == ColumnSlug).Select(c => c.Id).FirstOrDefaultAsync(ct);
        if (column == 0) throw new WorkflowException("未找到“财政预决算”栏目,请联系系统管理员");
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var title = $"{organisation}{year}年{BudgetKinds.Name(kind)}{titleSuffix}";
        var content = new EditionContent(title, null, "", null, "财政预决算", Cst.Today(clock), Validity.Valid, DisclosureMode.Proactive, null);

        // Creates everything it saves, so a transient failure replays it whole.
        return await db.InTransactionAsync(async token =>
        {
            var publication = Publication.Draft(PublicationKind.Budget, column, author.DepartmentId ?? 0, author, now, content);
            db.Publications.Add(publication);
            await db.SaveChangesAsync(token);
            db.Budgets.Add(new Budget(publication.Id, year, kind));
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                // Someone created the same year and kind a moment ago.
                throw new WorkflowException($"{year}年的{BudgetKinds.Name(kind)}已经存在,请在列表中打开它");
            }
            return publication.Editions[0];
        }, ct);
    }

    /// <summary>
    /// Opens a new draft edition of a published budget with the live edition's tables copied. Not
    /// retried: it changes the caller's tracked publication and saves twice, so a replay could not
    /// start again from the same state; a transient failure rolls back and answers 503.
    /// </summary>
    public async Task<Edition> ReviseAsync(Publication publication, Actor author, CancellationToken ct = default)
    {
        var live = publication.LiveEdition ?? throw new WorkflowException("该预决算尚未发布,请直接编辑当前草稿");
        var edition = publication.StartNewEdition(author, clock.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.EditionId == live.Id).ToListAsync(ct);
        db.BudgetLines.AddRange(lines.Select(l => l.CopyFor(edition.Id)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return edition;
    }
}
