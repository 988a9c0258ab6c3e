using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenGov.Portal.Data.Configurations;

public sealed class IndexCounterConfiguration : IEntityTypeConfiguration<IndexCounter>
{
    public void Configure(EntityTypeBuilder<IndexCounter> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}
