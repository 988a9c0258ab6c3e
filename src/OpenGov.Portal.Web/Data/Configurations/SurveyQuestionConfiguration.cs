using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.Property(q => q.Text).HasMaxLength(SurveyQuestion.TextMax);
        b.Property(q => q.Type).HasConversion<string>().HasMaxLength(20);
        b.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(q => new { q.SurveyEditionId, q.SortOrder });
    }
}
