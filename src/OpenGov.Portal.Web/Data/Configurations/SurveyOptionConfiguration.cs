using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class SurveyOptionConfiguration : IEntityTypeConfiguration<SurveyOption>
{
    public void Configure(EntityTypeBuilder<SurveyOption> b)
    {
        b.ToTable("survey_options");
        b.Property(o => o.Text).HasMaxLength(SurveyOption.TextMax);
    }
}
