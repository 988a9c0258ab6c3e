using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditRecord> Records, Pager Pager, IReadOnlyList<string> Actions, IReadOnlyList<string> EntityTypes);
