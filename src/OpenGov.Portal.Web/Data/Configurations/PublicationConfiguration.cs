using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Validity).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.DisclosureMode).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.IndexNumber).HasMaxLength(64);
        b.HasIndex(p => p.IndexNumber).IsUnique();
        b.Property(p => p.Title).HasMaxLength(EditionConfiguration.TitleMax);
        b.Property(p => p.Summary).HasMaxLength(EditionConfiguration.SummaryMax);
        b.Property(p => p.DocumentNumber).HasMaxLength(EditionConfiguration.DocumentNumberMax);
        b.Property(p => p.Topic).HasMaxLength(EditionConfiguration.TopicMax);
        b.Property(p => p.WithdrawalReason).HasMaxLength(500);

        b.HasOne<Column>().WithMany().HasForeignKey(p => p.ColumnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Publication>().WithMany().HasForeignKey(p => p.InterpretsId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Editions).WithOne(e => e.Publication).HasForeignKey(e => e.PublicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.LiveEdition).WithMany().HasForeignKey(p => p.LiveEditionId).OnDelete(DeleteBehavior.Restrict);

        // Public lists: newest first within a column, keyset-paged on (published_at, id).
        b.HasIndex(p => new { p.ColumnId, p.PublishedAt, p.Id }).HasFilter("live_edition_id IS NOT NULL AND withdrawn_at IS NULL");
        b.HasIndex(p => new { p.PublishedAt, p.Id }).HasFilter("live_edition_id IS NOT NULL AND withdrawn_at IS NULL");
        b.HasIndex(p => p.InterpretsId);

        // Disclosure catalogue: keyset paging per filter and sort (see Data/Listing/CatalogueQuery.cs).
        // The plain FK index stays: the partial one below does not cover unpublished rows.
        b.HasIndex(p => p.DepartmentId);
        b.HasIndex(p => new { p.DepartmentId, p.PublishedAt, p.Id }).HasFilter("live_edition_id IS NOT NULL AND withdrawn_at IS NULL")
            .HasDatabaseName("ix_publications_catalogue_department");
        b.HasIndex(p => new { p.Topic, p.PublishedAt, p.Id }).HasFilter("live_edition_id IS NOT NULL AND withdrawn_at IS NULL")
            .HasDatabaseName("ix_publications_catalogue_topic");
        b.HasIndex(p => new { p.CreatedOn, p.Id }).HasFilter("live_edition_id IS NOT NULL AND withdrawn_at IS NULL")
            .HasDatabaseName("ix_publications_catalogue_created_on");

        // 上网信息不涉密,涉密信息不上网: a classified document has no live edition, whatever writes the row.
        b.ToTable(t => t.HasCheckConstraint("ck_publications_classified_never_live", "classified_at IS NULL OR live_edition_id IS NULL"));
    }
}
