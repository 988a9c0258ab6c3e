using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Powers;
using L = OpenGov.Portal.Domain.Powers.PowerLimits;

namespace OpenGov.Portal.Data.Configurations;

public sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> b)
    {
        b.ToTable("power_legal_bases");
        b.HasKey(x => new { x.EditionId, x.SortOrder });
        b.Property(x => x.SortOrder).ValueGeneratedNever();
        b.Property(x => x.LawName).HasMaxLength(L.LawNameMax);
        b.Property(x => x.Article).HasMaxLength(L.ArticleMax);
        b.Property(x => x.Text).HasMaxLength(L.BasisTextMax);
    }
}
