using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Column> Columns => Set<Column>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentBlob> AttachmentBlobs => Set<AttachmentBlob>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<IndexCounter> IndexCounters => Set<IndexCounter>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<PowerItem> PowerItems => Set<PowerItem>();

    // Citizens' participation (Domain/Participation)
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<BlockedWord> BlockedWords => Set<BlockedWord>();
    public DbSet<FeedbackLetter> FeedbackLetters => Set<FeedbackLetter>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<DisclosureApplication> DisclosureApplications => Set<DisclosureApplication>();
    public DbSet<DisclosureDocument> DisclosureDocuments => Set<DisclosureDocument>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    /// <summary>
    /// Saves tracked changes and the audit records they raise in one transaction (the chain append
    /// takes an advisory lock). Without a caller's transaction the save runs in the execution strategy:
    /// a transient failure rolls everything back and replays the same changes (kept un-accepted until
    /// commit), and a commit whose acknowledgement was lost is recognised by its last audit hash, so it
    /// is never written twice. Inside a caller's transaction the caller's unit of work owns any retry.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveChangesAsync(null, acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>
    /// Like <see cref="SaveChangesAsync(bool, CancellationToken)"/>, with <paramref name="statementsFirst"/>
    /// (raw SQL such as a bulk delete) run in the same transaction before the tracked changes, and
    /// replayed with them. The statements must not change tracked entities.
    /// </summary>
    public async Task<int> SaveChangesAsync(Func<CancellationToken, Task>? statementsFirst, bool acceptAllChangesOnSuccess = true,
        CancellationToken cancellationToken = default)
    {
        var pending = ChangeTracker.Entries<Edition>()
            .SelectMany(e => e.Entity.TakePendingAudit().Select(r => (Edition: e.Entity, Record: r)))
            .ToList();
        var direct = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).ToList();
        if (pending.Count == 0 && direct.Count == 0 && statementsFirst is null)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); // EF retries its own transaction

        foreach (var d in direct) d.State = EntityState.Detached;
        var records = direct.Select(d => (Edition: (Edition?)null, Record: d.Entity))
            .Concat(pending.Select(p => ((Edition?)p.Edition, p.Record)))
            .ToList();
        var entityIds = records.Select(r => r.Record.EntityId).ToArray();

        if (Database.CurrentTransaction is not null)
        {
            if (statementsFirst is not null) await statementsFirst(cancellationToken);
            return await WriteAsync(records, entityIds, acceptAllChangesOnSuccess, cancellationToken);
        }

        var written = await Database.CreateExecutionStrategy().ExecuteAsync(
            0,
            async (_, _, ct) =>
            {
                await using var tx = await Database.BeginTransactionAsync(ct);
                if (statementsFirst is not null) await statementsFirst(ct);
                var n = await WriteAsync(records, entityIds, acceptAllChangesOnSuccess: false, ct);
                await tx.CommitAsync(ct);
                return n;
            },
            records.Count == 0 ? null : async (_, _, ct) =>
                new Microsoft.EntityFrameworkCore.Storage.ExecutionResult<int>(
                    await AuditChain.IsStoredAsync(this, records[^1].Record, ct), records.Count),
            cancellationToken);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return written;
    }

    async Task<int> WriteAsync(List<(Edition? Edition, AuditRecord Record)> records, string?[] entityIds, bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < records.Count; i++)
        {
            // A replay starts from what the caller set, not from the ids of the rolled-back attempt.
            records[i].Record.EntityId = entityIds[i];
            records[i].Record.Hash = "";
        }
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        foreach (var (edition, record) in records)
        {
            if (edition is null || record.EntityId is not null) continue;
            // Read through the entry: with acceptAllChangesOnSuccess false, generated keys are not yet on the entity.
            var entry = Entry(edition);
            if (record.EntityType == nameof(Edition))
                record.EntityId = entry.Property(e => e.Id).CurrentValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (record.EntityType == nameof(Publication))
                record.EntityId = entry.Property(e => e.PublicationId).CurrentValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await AuditChain.AppendAsync(this, records.Select(r => r.Record).ToList(), cancellationToken);
        return written + records.Count;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
