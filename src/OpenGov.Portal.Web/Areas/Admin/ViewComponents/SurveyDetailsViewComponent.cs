using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Areas.Admin.ViewComponents;

/// <summary>
/// The questionnaire of a Survey edition (dates, intro, every question with its type and options), for the
/// review and sign-off pages: <c>@await Component.InvokeAsync("SurveyDetails", new { editionId })</c>.
/// Renders nothing for an edition that is not a survey.
/// </summary>
public sealed class SurveyDetailsViewComponent(PortalDbContext db) : ViewComponent
{
    public const string ViewPath = "~/Areas/Admin/Views/Shared/Components/SurveyDetails/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int editionId)
    {
        var survey = await db.SurveyOfAsync(editionId, HttpContext.RequestAborted);
        return survey is null ? Content("") : View(ViewPath, survey);
    }
}
