using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Areas.Admin.ViewComponents;

/// <summary>
/// The tables and text of an annual report edition, whatever its status, for the review and sign-off pages:
/// <c>@await Component.InvokeAsync("AnnualReportDetails", new { editionId })</c>. Each counted figure links to the
/// records it counts. Renders nothing for an edition that is not an annual report; the caller checks that the person may see it.
/// </summary>
public sealed class AnnualReportDetailsViewComponent(PortalDbContext db) : ViewComponent
{
    public sealed record Model(AnnualReport Report, string? Problem);

    public async Task<IViewComponentResult> InvokeAsync(int editionId)
    {
        var report = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(r => r.EditionId == editionId, HttpContext.RequestAborted);
        if (report is null) return Content("");
        return View(new Model(report, AnnualReportCalculator.CrossCheckProblem(report.Data)));
    }
}
