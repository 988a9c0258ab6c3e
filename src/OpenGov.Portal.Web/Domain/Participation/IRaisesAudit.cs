using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>A participation record whose verbs raise audit records; they are chained when the record is saved.</summary>
public interface IRaisesAudit
{
    IReadOnlyList<AuditRecord> TakePendingAudit();
}
