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

    /// <summary>Authors see and edit their own department's budgets only.</summary>
    public static bool MayEdit(Actor actor, Loaded loaded) =>
        actor.IsIn(Roles.Author) && actor.DepartmentId == loaded.Edition.Publication.DepartmentId;
}
