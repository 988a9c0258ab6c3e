using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Workflow;

public sealed class AuditLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_auditor_filters_the_log_by_action_actor_and_date_and_pages_keep_the_filters()
    {
        var auditor = factory.CreateClientAs("auditor");
        var page = await auditor.GetDocumentAsync("/admin/audit?Operation=edition.publish");
        var rows = page.QuerySelectorAll("table.audit tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("发布", r.Children[4].TextContent));
        var next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        if (next is not null) Assert.Contains("Operation=edition.publish", next);

        var byActor = await auditor.GetDocumentAsync("/admin/audit?Actor=" + Uri.EscapeDataString("王静"));
        Assert.All(byActor.QuerySelectorAll("table.audit tbody tr"), r => Assert.Equal("王静", r.Children[2].TextContent));

        var seeded = await auditor.GetDocumentAsync("/admin/audit?From=2012-03-15&To=2012-03-15");
        var seededRows = seeded.QuerySelectorAll("table.audit tbody tr");
        Assert.NotEmpty(seededRows);
        Assert.All(seededRows, r => Assert.StartsWith("2012-03-15", r.Children[1].TextContent));

        var none = await auditor.GetDocumentAsync("/admin/audit?EntityType=Edition&EntityId=999999");
        Assert.Empty(none.QuerySelectorAll("table.audit tbody tr"));
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_bom_holds_the_filtered_records_and_is_itself_audited()
    {
        var auditor = factory.CreateClientAs("auditor");
        var response = await auditor.FillAndSubmitAsync("/admin/audit?Operation=login", formSelector: "form.export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("序号,时间(北京时间),操作人ID,操作人", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",login.", l));

        var export = await factory.QueryAsync(db => db.AuditRecords.Where(a => a.Action == "audit.export").OrderByDescending(a => a.Sequence).FirstAsync());
        Assert.Equal("孙丽", export.ActorName);
        Assert.Contains("操作 login", export.Reason);
        Assert.Contains($"{lines.Length - 1} 条", export.Reason);
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        var response = await factory.CreateClientAs("auditor").FillAndSubmitAsync("/admin/audit/verify");
        var page = await Html.ParseAsync(response);
        Assert.Contains("审计链完整", page.QuerySelector("#chain-result")!.TextContent);
        Assert.True(await factory.QueryAsync(db => db.AuditRecords.AnyAsync(a => a.Action == "audit.verify")));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_records()
    {
        foreach (var sql in new[] { "UPDATE audit_records SET reason = 'x' WHERE sequence = 1", "DELETE FROM audit_records WHERE sequence = 1", "TRUNCATE audit_records" })
            await Assert.ThrowsAsync<Npgsql.PostgresException>(() => TestDatabase.ExecuteAsync(factory.ConnectionString, sql));
    }
}

/// <summary>Tampering is done on a database of its own: the chain stays broken afterwards.</summary>
public sealed class AuditChainTamperTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_record_altered_with_triggers_disabled_is_reported_as_the_first_broken_link()
    {
        var last = await factory.QueryAsync(db => db.AuditRecords.MaxAsync(a => a.Sequence));
        var target = last / 2;
        await TestDatabase.ExecuteAsync(factory.SuperConnectionString,
            $"SET session_replication_role = replica; UPDATE audit_records SET reason = '篡改' WHERE sequence = {target}; SET session_replication_role = origin;");

        var response = await factory.CreateClientAs("auditor").FillAndSubmitAsync("/admin/audit/verify");
        var page = await Html.ParseAsync(response);
        Assert.Equal(target.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".broken-sequence")!.TextContent);
        Assert.Contains("记录被修改", page.QuerySelector("#chain-result")!.TextContent);

        var verify = await factory.QueryAsync(db => db.AuditRecords.Where(a => a.Action == "audit.verify").OrderByDescending(a => a.Sequence).FirstAsync());
        Assert.Contains($"第 {target} 条断链", verify.Reason);
    }
}

public sealed class AuditChainDeletionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_record_deleted_with_triggers_disabled_is_reported_where_the_gap_is()
    {
        var last = await factory.QueryAsync(db => db.AuditRecords.MaxAsync(a => a.Sequence));
        var target = last / 3;
        await TestDatabase.ExecuteAsync(factory.SuperConnectionString,
            $"SET session_replication_role = replica; DELETE FROM audit_records WHERE sequence = {target}; SET session_replication_role = origin;");

        var page = await Html.ParseAsync(await factory.CreateClientAs("auditor").FillAndSubmitAsync("/admin/audit/verify"));
        Assert.Equal((target + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".broken-sequence")!.TextContent);
        Assert.Contains("序号不连续", page.QuerySelector("#chain-result")!.TextContent);
    }
}
