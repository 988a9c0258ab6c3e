using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> b)
    {
        b.HasKey(x => x.Sha256);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}
