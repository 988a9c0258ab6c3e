using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Resilience;

/// <summary>
/// Faults injected inside PostgreSQL: a trigger that kills its own connection (as a server restart or a
/// dropped link would) part-way through a transaction, after the transition's first statements ran.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>
    /// The next <paramref name="times"/> audit records for <paramref name="action"/> kill the connection that
    /// writes them (57P01, the code of a server shutdown): the edition update and the index-number
    /// increment of that transaction have already run, the audit row has not.
    /// </summary>
    public static Task KillConnectionOnAuditAsync(this PortalFactory factory, string action, int times) =>
        TestDatabase.ExecuteAsync(factory.ConnectionString, $"""
            CREATE SEQUENCE IF NOT EXISTS og_fault_seq;
            SELECT setval('og_fault_seq', 1, false);
            CREATE OR REPLACE FUNCTION og_fault() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF NEW.action = '{action}' AND nextval('og_fault_seq') <= {times} THEN
                PERFORM pg_terminate_backend(pg_backend_pid());
                PERFORM pg_sleep(5);
              END IF;
              RETURN NEW;
            END $f$;
            DROP TRIGGER IF EXISTS og_fault ON audit_records;
            CREATE TRIGGER og_fault BEFORE INSERT ON audit_records FOR EACH ROW EXECUTE FUNCTION og_fault();
            """);

    /// <summary>How many times the fault trigger fired or was passed (nextval calls so far).</summary>
    public static async Task<long> FaultChecksAsync(this PortalFactory factory) =>
        await TestDatabase.ScalarAsync<long>(factory.ConnectionString, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM og_fault_seq");

    public static Task RemoveFaultsAsync(this PortalFactory factory) =>
        TestDatabase.ExecuteAsync(factory.ConnectionString, "DROP TRIGGER IF EXISTS og_fault ON audit_records; DROP TRIGGER IF EXISTS og_stall ON editions");

    /// <summary>The <paramref name="nth"/> Scheduled→Published update of an edition stalls for a minute (so a test can crash it).</summary>
    public static Task StallNthScheduledPublishAsync(this PortalFactory factory, int nth) =>
        TestDatabase.ExecuteAsync(factory.ConnectionString, $"""
            CREATE SEQUENCE IF NOT EXISTS og_stall_seq;
            SELECT setval('og_stall_seq', 1, false);
            CREATE OR REPLACE FUNCTION og_stall() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF nextval('og_stall_seq') = {nth} THEN PERFORM pg_sleep(60); END IF;
              RETURN NEW;
            END $f$;
            DROP TRIGGER IF EXISTS og_stall ON editions;
            CREATE TRIGGER og_stall BEFORE UPDATE ON editions FOR EACH ROW
              WHEN (OLD.status = 'Scheduled' AND NEW.status = 'Published') EXECUTE FUNCTION og_stall();
            """);

    /// <summary>Sum of every year's index-number counter: how many numbers were ever handed out.</summary>
    public static async Task<long> IndexNumbersIssuedAsync(this PortalFactory factory) =>
        await TestDatabase.ScalarAsync<long>(factory.ConnectionString, "SELECT COALESCE(sum(last_value), 0) FROM index_counters");

    public static Task<int> AuditCountAsync(this PortalFactory factory, string action, int editionId) =>
        factory.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Action == action && a.EntityId == editionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static async Task AssertAuditChainIntactAsync(this PortalFactory factory)
    {
        var report = await factory.QueryAsync(db => AuditChainVerifier.VerifyAsync(db));
        Assert.True(report.IsIntact, $"audit chain broken at {report.FirstBrokenSequence}: {report.Problem}");
    }
}
