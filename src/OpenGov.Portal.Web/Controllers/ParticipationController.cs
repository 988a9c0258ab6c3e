using Microsoft.AspNetCore.Mvc;

namespace OpenGov.Portal.Controllers;

/// <summary>互动交流: the public entry to letters, surveys and disclosure applications.</summary>
public sealed class ParticipationController : Controller
{
    [HttpGet("/hudong")]
    public IActionResult Index() => View();
}
