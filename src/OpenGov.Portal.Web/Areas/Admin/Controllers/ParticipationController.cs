using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>互动交流 in the back office: the way in to letters, surveys, applications, the calendar and blocked words.</summary>
[Area("Admin"), Authorize(Roles = $"{Roles.Author},{Roles.Reviewer},{Roles.Leader},{Roles.Administrator}"), Route("admin/participation")]
public sealed class ParticipationController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
