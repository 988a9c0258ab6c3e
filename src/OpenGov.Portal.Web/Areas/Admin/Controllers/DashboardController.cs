using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Portal.Areas.Admin.Controllers;

[Area("Admin"), Authorize, Route("admin")]
public sealed class DashboardController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
