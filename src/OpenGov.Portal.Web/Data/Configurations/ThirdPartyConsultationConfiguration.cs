using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class ThirdPartyConsultationConfiguration : IEntityTypeConfiguration<ThirdPartyConsultation>
{
    public void Configure(EntityTypeBuilder<ThirdPartyConsultation> b)
    {
        b.ToTable("third_party_consultations");
        b.Property(c => c.ThirdParty).HasMaxLength(ThirdPartyConsultation.ThirdPartyMax);
        b.Property(c => c.Note).HasMaxLength(ThirdPartyConsultation.NoteMax);
        b.Ignore(c => c.Period);
    }
}
