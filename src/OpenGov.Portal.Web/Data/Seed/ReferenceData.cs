using Microsoft.AspNetCore.Identity;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Seed;

/// <summary>What every installation needs, demo or not: the back-office roles.</summary>
public static class ReferenceData
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
