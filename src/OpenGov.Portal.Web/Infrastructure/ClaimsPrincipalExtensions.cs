using System.Globalization;
using System.Security.Claims;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    public static Actor Actor(this ClaimsPrincipal user, string? clientIp = null)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");
        var name = user.FindFirstValue(StaffClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        int? dept = int.TryParse(user.FindFirstValue(StaffClaimsPrincipalFactory.DepartmentClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        return new Actor(id, name, roles, dept, clientIp);
    }

    public static Actor Actor(this HttpContext http) =>
        http.User.Actor(http.Connection.RemoteIpAddress?.ToString());
}
