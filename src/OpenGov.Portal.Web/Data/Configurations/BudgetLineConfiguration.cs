using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.Property(x => x.Table).HasConversion<string>().HasMaxLength(40).HasColumnName("table_kind");
        b.Property(x => x.Section).HasMaxLength(BudgetLine.SectionMax);
        b.Property(x => x.Code).HasMaxLength(BudgetLine.CodeMax);
        b.Property(x => x.Name).HasMaxLength(BudgetLine.NameMax);
        b.PrimitiveCollection(x => x.Amounts).ElementType().HasPrecision(18, 2);
        b.HasOne<Edition>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EditionId, x.Table, x.SortOrder });
    }
}
