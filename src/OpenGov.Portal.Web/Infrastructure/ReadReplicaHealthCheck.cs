using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Readiness of the read replica when one is configured: public pages cannot be served without it.</summary>
public sealed class ReadReplicaHealthCheck(PublicReadSource source) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!source.IsReplica) return HealthCheckResult.Healthy("no read replica configured");
        try
        {
            await using var command = source.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("read replica unreachable");
        }
    }
}
