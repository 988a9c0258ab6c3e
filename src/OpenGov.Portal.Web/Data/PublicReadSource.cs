using Npgsql;

namespace OpenGov.Portal.Data;

/// <summary>
/// Where public read-only queries that bypass EF Core (search) get their connections: the read replica
/// named by <c>ConnectionStrings:PortalReadOnly</c>, or the primary when none is configured.
/// </summary>
public sealed record PublicReadSource(NpgsqlDataSource DataSource, bool IsReplica);
