using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> b)
    {
        b.ToTable("publication_search");
        b.HasKey(s => s.PublicationId);
        b.Property(s => s.PublicationId).ValueGeneratedNever();
        b.Property(s => s.Content).HasMaxLength(SearchDocument.ContentMax);
        b.HasOne<Publication>().WithOne().HasForeignKey<SearchDocument>(s => s.PublicationId).OnDelete(DeleteBehavior.Cascade);

        b.HasIndex(s => s.Vector).HasMethod("gin");
        // Result pools are the newest matches; facets filter by column and department.
        b.HasIndex(s => new { s.PublishedAt, s.PublicationId });
        b.HasIndex(s => new { s.ColumnId, s.PublishedAt, s.PublicationId });
        b.HasIndex(s => new { s.DepartmentId, s.PublishedAt, s.PublicationId });
    }
}
