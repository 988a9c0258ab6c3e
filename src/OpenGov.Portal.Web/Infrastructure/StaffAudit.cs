using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Writes audit records for account events (sign-in, password, two-factor, user administration).</summary>
public sealed class StaffAudit(PortalDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(HttpContext http, string userName, string? userId, string action, string? reason, string? entityId = null)
    {
        var actor = http.User.Identity?.IsAuthenticated == true && action.StartsWith("user.", StringComparison.Ordinal)
            ? http.Actor()
            : new Actor(userId ?? "anonymous", userName.Length > 100 ? userName[..100] : userName, new HashSet<string>(), null,
                http.Connection.RemoteIpAddress?.ToString());
        db.AuditRecords.Add(AuditRecord.For(actor, clock.GetUtcNow(), action, "StaffUser", entityId ?? userId, reason: reason));
        await db.SaveChangesAsync();
    }
}
