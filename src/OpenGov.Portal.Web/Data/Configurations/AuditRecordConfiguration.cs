using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.ActorId).HasMaxLength(EditionConfiguration.UserIdMax);
        b.Property(a => a.ActorName).HasMaxLength(EditionConfiguration.NameMax);
        b.Property(a => a.ClientIp).HasMaxLength(64);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.FromState).HasMaxLength(32);
        b.Property(a => a.ToState).HasMaxLength(32);
        b.Property(a => a.Reason).HasMaxLength(2000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => a.OccurredAt);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
