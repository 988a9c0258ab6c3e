namespace OpenGov.Portal.Domain.Publishing;

/// <summary>
/// One append-only row per action. <see cref="Hash"/> is SHA-256 over this record's content and
/// <see cref="PreviousHash"/>, so altering or removing any row breaks the chain from there on.
/// Sequence, PreviousHash and Hash are assigned when the record is saved (PortalDbContext).
/// </summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    public string? ClientIp { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string? Reason { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    public static AuditRecord For(Actor actor, DateTimeOffset at, string action, string? entityType = null, string? entityId = null,
        string? from = null, string? to = null, string? reason = null) => new()
    {
        OccurredAt = at,
        ActorId = actor.UserId,
        ActorName = actor.Name,
        ClientIp = actor.ClientIp,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        FromState = from,
        ToState = to,
        Reason = reason,
    };

    /// <summary>The canonical text the hash covers. Changing it invalidates every stored chain: don't.</summary>
    public string CanonicalText() => string.Join('\u001f',
        Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OccurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
        ActorId, ActorName, ClientIp ?? "", Action, EntityType ?? "", EntityId ?? "", FromState ?? "", ToState ?? "", Reason ?? "",
        PreviousHash);

    public string ComputeHash() =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CanonicalText())));
}
