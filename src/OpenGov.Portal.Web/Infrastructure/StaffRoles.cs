using Microsoft.AspNetCore.Identity;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Grants and takes away back-office roles. Every change is audited in the same transaction.</summary>
public sealed class StaffRoles(UserManager<StaffUser> users, PortalDbContext db, TimeProvider clock)
{
    public Task<IdentityResult> GrantAsync(StaffUser user, string role, Actor by) =>
        ChangeAsync(user, role, by, "role.grant", () => users.AddToRoleAsync(user, role));

    public Task<IdentityResult> RevokeAsync(StaffUser user, string role, Actor by) =>
        ChangeAsync(user, role, by, "role.revoke", () => users.RemoveFromRoleAsync(user, role));

    async Task<IdentityResult> ChangeAsync(StaffUser user, string role, Actor by, string action, Func<Task<IdentityResult>> change)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role {role}.", nameof(role));
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await change();
        if (!result.Succeeded) return result;
        // Signed-in sessions of this user pick up the new roles at their next security-stamp check.
        await users.UpdateSecurityStampAsync(user);
        db.AuditRecords.Add(AuditRecord.For(by, clock.GetUtcNow(), action, "StaffUser", user.Id, reason: $"{user.UserName}: {role}"));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return result;
    }
}
