using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Data;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

[Area("Admin"), Authorize, Route("admin")]
public sealed class DashboardController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await DashboardQuery.LoadAsync(db, HttpContext.Actor(), ct));
}
