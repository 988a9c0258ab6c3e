using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Data.Configurations;

public sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    /// <summary>ASP.NET Core Identity's own column width, stated here so the user form can share it.</summary>
    public const int UserNameMax = 256;

    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(u => u.UserName).HasMaxLength(UserNameMax);
        b.Property(u => u.DisplayName).HasMaxLength(EditionConfiguration.NameMax);
        b.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
