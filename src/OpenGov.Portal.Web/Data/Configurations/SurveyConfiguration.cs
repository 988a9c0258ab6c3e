using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> b)
    {
        b.HasKey(s => s.EditionId);
        b.Property(s => s.EditionId).ValueGeneratedNever();
        b.HasOne(s => s.Edition).WithOne().HasForeignKey<Survey>(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Intro).HasMaxLength(Survey.IntroMax);
        b.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyEditionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(s => s.OrderedQuestions);
    }
}
