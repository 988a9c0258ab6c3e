using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Code).HasMaxLength(32);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.NameEn).HasMaxLength(200);
    }
}
