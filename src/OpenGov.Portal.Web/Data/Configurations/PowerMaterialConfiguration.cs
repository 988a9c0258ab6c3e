using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Powers;

namespace OpenGov.Portal.Data.Configurations;

public sealed class PowerMaterialConfiguration : IEntityTypeConfiguration<PowerMaterial>
{
    public void Configure(EntityTypeBuilder<PowerMaterial> b)
    {
        b.ToTable("power_materials");
        b.HasKey(x => new { x.EditionId, x.SortOrder });
        b.Property(x => x.SortOrder).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(PowerLimits.MaterialMax);
    }
}
