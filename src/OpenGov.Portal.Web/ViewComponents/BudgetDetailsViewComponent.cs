using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.ViewComponents;

/// <summary>
/// The budget tables of any edition, whatever its status, for the review and sign-off pages:
/// <c>@await Component.InvokeAsync("BudgetDetails", new { editionId })</c>. Renders nothing for an
/// edition that is not a budget. The caller is responsible for checking that the person may see it.
/// </summary>
public sealed class BudgetDetailsViewComponent(PortalDbContext db) : ViewComponent
{
    public sealed record Model(BudgetSummary Budget, IReadOnlyList<BudgetTableView> Tables, IReadOnlyList<BudgetProblem> Problems);

    public async Task<IViewComponentResult> InvokeAsync(int editionId)
    {
        var ct = HttpContext.RequestAborted;
        var budget = await BudgetQueries.ForEditionAsync(db, editionId, ct);
        if (budget is null) return Content("");
        var tables = await BudgetQueries.TablesAsync(db, editionId, ct);
        var views = BudgetSchemas.All.Select(s => new BudgetTableView(s, budget.Kind, tables[s.Kind], null, null, null)).ToList();
        var problems = BudgetSchemas.All.Where(s => tables[s.Kind].Count > 0)
            .SelectMany(s => BudgetChecker.Check(new ParsedTable(s.Kind, tables[s.Kind], []))).ToList();
        return View(new Model(budget, views, problems));
    }
}
