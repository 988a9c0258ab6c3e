using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class DisclosureApplicationConfiguration : IEntityTypeConfiguration<DisclosureApplication>
{
    public void Configure(EntityTypeBuilder<DisclosureApplication> b)
    {
        b.Property(a => a.TrackingCode).HasMaxLength(TrackingCode.Length).IsFixedLength();
        b.HasIndex(a => a.TrackingCode).IsUnique();
        b.Property(a => a.ApplicantType).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.OrganisationType).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.IdType).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.PreferredForm).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Delivery).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.AnswerType).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(40);

        b.Property(a => a.ApplicantName).HasMaxLength(DisclosureApplication.NameMax);
        b.Property(a => a.IdNumber).HasMaxLength(DisclosureApplication.IdNumberMax);
        b.Property(a => a.UnifiedCode).HasMaxLength(DisclosureApplication.UnifiedCodeLength);
        b.Property(a => a.LegalRepresentative).HasMaxLength(DisclosureApplication.PersonNameMax);
        b.Property(a => a.ContactName).HasMaxLength(DisclosureApplication.PersonNameMax);
        b.Property(a => a.Phone).HasMaxLength(DisclosureApplication.PhoneMax);
        b.Property(a => a.Email).HasMaxLength(DisclosureApplication.EmailMax);
        b.Property(a => a.Address).HasMaxLength(DisclosureApplication.AddressMax);
        b.Property(a => a.Description).HasMaxLength(DisclosureApplication.DescriptionMax);
        b.Property(a => a.Purpose).HasMaxLength(DisclosureApplication.PurposeMax);
        b.Property(a => a.CorrectionRequest).HasMaxLength(DisclosureApplication.CorrectionRequestMax);
        b.Property(a => a.CorrectionText).HasMaxLength(DisclosureApplication.CorrectionTextMax);
        b.Property(a => a.ExtensionReason).HasMaxLength(DisclosureApplication.ReasonMax);
        b.Property(a => a.ExtensionApprovedById).HasMaxLength(EditionConfiguration.UserIdMax);
        b.Property(a => a.ExtensionApprovedByName).HasMaxLength(EditionConfiguration.NameMax);
        b.Property(a => a.AnswerText).HasMaxLength(DisclosureApplication.AnswerTextMax);
        b.Property(a => a.LegalBasis).HasMaxLength(DisclosureApplication.ReasonMax);
        b.Property(a => a.ReferredBody).HasMaxLength(DisclosureApplication.ReferredBodyMax);
        b.Property(a => a.WhereToFind).HasMaxLength(DisclosureApplication.ReasonMax);
        b.Property(a => a.AnsweredById).HasMaxLength(EditionConfiguration.UserIdMax);
        b.Property(a => a.AnsweredByName).HasMaxLength(EditionConfiguration.NameMax);
        b.Ignore(a => a.Facts);
        b.Ignore(a => a.Column);

        b.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Consultations).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.ReceivedOn);
        b.HasIndex(a => a.AnsweredOn);
        b.HasIndex(a => a.Status);

        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_disclosure_applications_extension", "extension_working_days BETWEEN 0 AND 20");
            t.HasCheckConstraint("ck_disclosure_applications_answered", "(status = 'Answered') = (outcome IS NOT NULL AND answered_on IS NOT NULL)");
        });
    }
}
