using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class DisclosureDocumentConfiguration : IEntityTypeConfiguration<DisclosureDocument>
{
    public void Configure(EntityTypeBuilder<DisclosureDocument> b)
    {
        b.Property(d => d.FileName).HasMaxLength(DisclosureDocument.FileNameMax);
        b.Property(d => d.ContentType).HasMaxLength(DisclosureDocument.ContentTypeMax);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.UploadedByName).HasMaxLength(EditionConfiguration.NameMax);
        b.HasOne<AttachmentBlob>().WithMany().HasForeignKey(d => d.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}
