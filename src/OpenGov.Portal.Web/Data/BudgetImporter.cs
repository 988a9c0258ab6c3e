using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

/// <summary>
/// Replaces tables of a draft budget edition in one transaction: either every table of the import is
/// saved, or nothing is. The edition records who changed it (so they cannot review it).
/// </summary>
public sealed class BudgetImporter(PortalDbContext db, TimeProvider clock, ILogger<BudgetImporter> log)
{
    public async Task SaveAsync(Edition edition, Actor actor, IReadOnlyList<ParsedTable> tables, string source, CancellationToken ct = default)
    {
        var problems = tables.SelectMany(BudgetChecker.Check).ToList();
        if (problems.Count > 0) throw new WorkflowException("数据未通过校验,未保存:" + problems[0]);

        var names = string.Join("、", tables.Select(t => t.Schema.Title));
        edition.Touch(actor, clock.GetUtcNow(), "budget.import", $"{source}:{names}");
        var kinds = tables.Select(t => t.Kind).ToList();

        foreach (var table in tables)
            db.BudgetLines.AddRange(table.Rows.Select((r, i) => BudgetLine.From(edition.Id, table.Kind, i + 1, r)));
        // The delete and the inserts share one transaction, replayed together on a transient failure.
        await db.SaveChangesAsync(token => db.BudgetLines.Where(l => l.EditionId == edition.Id && kinds.Contains(l.Table)).ExecuteDeleteAsync(token),
            cancellationToken: ct);
        log.LogInformation("Budget edition {Edition}: {Tables} replaced by {User} from {Source}", edition.Id, names, actor.UserId, source);
    }
}
