using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Authorization policies beyond a single role.</summary>
public static class Policies
{
    /// <summary>Reading the audit log: auditors, but never an administrator (DESIGN.md), even one who also holds the auditor role.</summary>
    public const string AuditLog = nameof(AuditLog);

    public static void AddPortalPolicies(Microsoft.AspNetCore.Authorization.AuthorizationOptions o) =>
        o.AddPolicy(AuditLog, p => p.RequireRole(Roles.Auditor).RequireAssertion(c => !c.User.IsInRole(Roles.Administrator)));
}
