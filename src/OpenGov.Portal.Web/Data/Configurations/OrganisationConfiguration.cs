using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.NameEn).HasMaxLength(200);
        b.Property(o => o.Code).HasMaxLength(32);
        b.Property(o => o.Address).HasMaxLength(200);
        b.Property(o => o.ComplaintPhone).HasMaxLength(50);
        b.Property(o => o.ComplaintEmail).HasMaxLength(100);
        b.Property(o => o.IcpNumber).HasMaxLength(50);
        b.Property(o => o.PublicSecurityNumber).HasMaxLength(50);
    }
}
