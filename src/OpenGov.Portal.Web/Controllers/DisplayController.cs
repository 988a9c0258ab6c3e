using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Controllers;

/// <summary>The large-text / high-contrast switch: a plain link that sets a cookie and goes back, so it works without JavaScript.</summary>
public sealed class DisplayController : Controller
{
    [HttpGet("/display")]
    public IActionResult Set(string? mode, string? @return)
    {
        var large = mode == DisplayMode.Large;
        Response.Cookies.Append(DisplayMode.CookieName, large ? DisplayMode.Large : DisplayMode.Standard, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
        });
        Response.Headers.CacheControl = "no-store";
        return LocalRedirect(@return is not null && Url.IsLocalUrl(@return) && !@return.StartsWith("/display", StringComparison.OrdinalIgnoreCase) ? @return : "/");
    }
}
