using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class BlockedWordConfiguration : IEntityTypeConfiguration<BlockedWord>
{
    public void Configure(EntityTypeBuilder<BlockedWord> b)
    {
        b.Property(w => w.Word).HasMaxLength(BlockedWord.WordMax);
        b.HasIndex(w => w.Word).IsUnique();
        b.Property(w => w.AddedByName).HasMaxLength(EditionConfiguration.NameMax);
    }
}
