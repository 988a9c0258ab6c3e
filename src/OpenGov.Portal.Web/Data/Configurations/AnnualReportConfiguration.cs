using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Data.Configurations;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.Property(x => x.DataJson).HasMaxLength(AnnualReport.DataMax);
        b.Property(x => x.OverallText).HasMaxLength(ReportTexts.MaxLength);
        b.Property(x => x.ProblemsText).HasMaxLength(ReportTexts.MaxLength);
        b.Property(x => x.OtherText).HasMaxLength(ReportTexts.MaxLength);
        b.HasIndex(x => x.EditionId).IsUnique();
        b.HasIndex(x => x.Year);
        b.HasOne(x => x.Edition).WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("ck_annual_reports_year", $"year BETWEEN {AnnualReport.MinYear} AND {AnnualReport.MaxYear}"));
    }
}
