using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> b)
    {
        b.Property(a => a.Text).HasMaxLength(SurveyAnswer.TextMax);
        b.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SurveyOption>().WithMany().HasForeignKey(a => a.OptionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.QuestionId);
        b.ToTable(t => t.HasCheckConstraint("ck_survey_answers_rating_range", "rating IS NULL OR rating BETWEEN 1 AND 5"));
    }
}
