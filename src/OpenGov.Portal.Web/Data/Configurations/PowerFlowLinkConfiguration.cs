using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Powers;
using L = OpenGov.Portal.Domain.Powers.PowerLimits;

namespace OpenGov.Portal.Data.Configurations;

public sealed class PowerFlowLinkConfiguration : IEntityTypeConfiguration<PowerFlowLink>
{
    public void Configure(EntityTypeBuilder<PowerFlowLink> b)
    {
        b.ToTable("power_flow_links");
        b.HasKey(x => new { x.EditionId, x.FromKey, x.SortOrder });
        b.Property(x => x.SortOrder).ValueGeneratedNever();
        b.Property(x => x.FromKey).HasMaxLength(L.StepKeyMax);
        b.Property(x => x.ToKey).HasMaxLength(L.StepKeyMax);
        b.Property(x => x.Label).HasMaxLength(L.BranchLabelMax);
        // No dangling references, whatever writes the rows. NO ACTION (checked at the end of the statement)
        // lets deleting a whole flow cascade through its links first.
        b.HasOne<PowerFlowStep>().WithMany().HasForeignKey(x => new { x.EditionId, x.ToKey }).OnDelete(DeleteBehavior.NoAction);
        b.ToTable(t => t.HasCheckConstraint("ck_power_flow_links_not_to_itself", "from_key <> to_key"));
    }
}
