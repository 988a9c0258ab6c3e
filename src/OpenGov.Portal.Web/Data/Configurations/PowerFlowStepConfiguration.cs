using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Powers;
using L = OpenGov.Portal.Domain.Powers.PowerLimits;

namespace OpenGov.Portal.Data.Configurations;

public sealed class PowerFlowStepConfiguration : IEntityTypeConfiguration<PowerFlowStep>
{
    public void Configure(EntityTypeBuilder<PowerFlowStep> b)
    {
        b.ToTable("power_flow_steps");
        b.HasKey(x => new { x.EditionId, x.Key });
        b.Property(x => x.Key).HasMaxLength(L.StepKeyMax);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Label).HasMaxLength(L.StepLabelMax);
        b.Property(x => x.Post).HasMaxLength(L.StepPostMax);
        b.Property(x => x.TimeLimit).HasMaxLength(L.StepTimeLimitMax);
        b.HasMany(x => x.Next).WithOne().HasForeignKey(l => new { l.EditionId, l.FromKey }).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("ck_power_flow_steps_key_url_safe", "key ~ '^[A-Za-z0-9_-]+$'"));
    }
}
