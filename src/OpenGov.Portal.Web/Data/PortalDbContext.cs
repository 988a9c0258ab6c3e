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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = ChangeTracker.Entries<Edition>()
            .SelectMany(e => e.Entity.TakePendingAudit().Select(r => (Edition: e.Entity, Record: r)))
            .ToList();
        var direct = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).ToList();
        if (pending.Count == 0 && direct.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        foreach (var d in direct) d.State = EntityState.Detached;
        var records = direct.Select(d => (Edition: (Edition?)null, Record: d.Entity))
            .Concat(pending.Select(p => ((Edition?)p.Edition, p.Record)))
            .ToList();

        var ownTransaction = Database.CurrentTransaction is null;
        var tx = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (edition, record) in records)
            {
                if (edition is not null && record.EntityType == nameof(Edition)) record.EntityId ??= edition.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (edition is not null && record.EntityType == nameof(Publication)) record.EntityId ??= edition.PublicationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await AuditChain.AppendAsync(this, records.Select(r => r.Record).ToList(), cancellationToken);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (tx is not null) await tx.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (tx is not null) await tx.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
