using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Loads a budget edition for the back office; null when the id is not a budget edition.</summary>
internal static class BudgetAccess
{
    public sealed record Loaded(Edition Edition, BudgetSummary Budget);

    public static async Task<Loaded?> LoadAsync(PortalDbContext db, int editionId, CancellationToken ct)
    {
        var edition = await db.Editions.Include(e => e.Publication).FirstOrDefaultAsync(e => e.Id == editionId, ct);
        if (edition is null || edition.Publication.Kind != PublicationKind.Budget) return null;
        var budget = await BudgetQueries.ForEditionAsync(db, editionId, ct);
        return budget is null ? null : new Loaded(edition, budget);
    }

    /// <summary>Tables change only while the edition is a draft or returned; afterwards the approved figures stay as approved.</summary>
    public static void RequireEditable(Loaded loaded)
    {
        if (!Workflow.IsEditable(loaded.Edition.Status))
            throw new WorkflowException($"“{StatusNames.Of(loaded.Edition.Status)}”状态的预决算不能修改;如需更正已发布的数据,请创建修订版本");
    }

    /// <summary>Authors see and edit their own department's budgets only.</summary>
    public static bool MayEdit(Actor actor, Loaded loaded) =>
        actor.IsIn(Roles.Author) && actor.DepartmentId == loaded.Edition.Publication.DepartmentId;
}
