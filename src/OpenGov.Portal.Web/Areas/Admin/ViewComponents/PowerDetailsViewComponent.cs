using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Areas.Admin.ViewComponents;

/// <summary>
/// A power edition as reviewers and leaders check it: every field, the flowchart and the steps in words.
/// Usage: <c>@await Component.InvokeAsync("PowerDetails", new { editionId })</c>. The caller decides who may see it.
/// </summary>
public sealed class PowerDetailsViewComponent(PortalDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int editionId)
    {
        var page = await PowerQueries.PageAsync(db, editionId, HttpContext.RequestAborted);
        return page is null ? Content("该版本没有权力事项数据。") : View(page);
    }
}
