using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Puts the department and display name into the staff cookie so <c>User.Actor()</c> needs no query.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string DepartmentClaim = "og:department";
    public const string DisplayNameClaim = "og:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.DepartmentId is { } dept)
            identity.AddClaim(new Claim(DepartmentClaim, dept.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
