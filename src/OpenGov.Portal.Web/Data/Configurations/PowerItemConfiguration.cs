using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Publishing;
using L = OpenGov.Portal.Domain.Powers.PowerLimits;

namespace OpenGov.Portal.Data.Configurations;

public sealed class PowerItemConfiguration : IEntityTypeConfiguration<PowerItem>
{
    public void Configure(EntityTypeBuilder<PowerItem> b)
    {
        b.ToTable("power_items");
        b.HasKey(p => p.EditionId);
        b.Property(p => p.EditionId).ValueGeneratedNever();
        b.HasOne(p => p.Edition).WithOne().HasForeignKey<PowerItem>(p => p.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Code).HasMaxLength(L.CodeMax);
        b.Property(p => p.Name).HasMaxLength(L.NameMax);
        b.Property(p => p.ImplementingBody).HasMaxLength(L.ImplementingBodyMax);
        b.Property(p => p.StatutoryTimeLimit).HasMaxLength(L.TimeLimitMax);
        b.Property(p => p.PromisedTimeLimit).HasMaxLength(L.TimeLimitMax);
        b.Property(p => p.Fee).HasPrecision(12, 2);
        b.Property(p => p.FeeBasis).HasMaxLength(L.FeeBasisMax);
        b.Property(p => p.Responsibilities).HasMaxLength(L.ResponsibilitiesMax);
        b.Property(p => p.Accountability).HasMaxLength(L.AccountabilityMax);
        b.Property(p => p.ContactPhone).HasMaxLength(L.PhoneMax);
        b.Property(p => p.ComplaintPhone).HasMaxLength(L.PhoneMax);
        b.HasIndex(p => p.Code);
        b.HasMany(p => p.LegalBases).WithOne().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Materials).WithOne().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Steps).WithOne().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_power_items_code_url_safe", "code ~ '^[A-Z0-9][A-Z0-9-]*$'");
            t.HasCheckConstraint("ck_power_items_fee_not_negative", "fee >= 0");
        });
    }
}
