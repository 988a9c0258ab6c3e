using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Organisation;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Data.Configurations;

public sealed class FeedbackLetterConfiguration : IEntityTypeConfiguration<FeedbackLetter>
{
    public void Configure(EntityTypeBuilder<FeedbackLetter> b)
    {
        b.Property(l => l.TrackingCode).HasMaxLength(TrackingCode.Length).IsFixedLength();
        b.HasIndex(l => l.TrackingCode).IsUnique();
        b.Property(l => l.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.PublicationState).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Subject).HasMaxLength(FeedbackLetter.SubjectMax);
        b.Property(l => l.Body).HasMaxLength(FeedbackLetter.BodyMax);
        b.Property(l => l.Name).HasMaxLength(FeedbackLetter.NameMax);
        b.Property(l => l.Phone).HasMaxLength(FeedbackLetter.PhoneMax);
        b.Property(l => l.Email).HasMaxLength(FeedbackLetter.EmailMax);
        b.Property(l => l.ModerationNote).HasMaxLength(FeedbackLetter.NoteMax);
        b.Property(l => l.InvalidReason).HasMaxLength(FeedbackLetter.NoteMax);
        b.Property(l => l.AssignedByName).HasMaxLength(EditionConfiguration.NameMax);
        b.Property(l => l.ReplyText).HasMaxLength(FeedbackLetter.ReplyMax);
        b.Property(l => l.RepliedById).HasMaxLength(EditionConfiguration.UserIdMax);
        b.Property(l => l.RepliedByName).HasMaxLength(EditionConfiguration.NameMax);
        b.Property(l => l.PublicSubject).HasMaxLength(FeedbackLetter.SubjectMax);
        b.Property(l => l.PublicBody).HasMaxLength(FeedbackLetter.BodyMax);
        b.Property(l => l.ReviewedById).HasMaxLength(EditionConfiguration.UserIdMax);
        b.Property(l => l.ReviewedByName).HasMaxLength(EditionConfiguration.NameMax);
        b.Property(l => l.ReviewNote).HasMaxLength(FeedbackLetter.NoteMax);
        b.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.ReceivedAt);
        b.HasIndex(l => l.Status);
        b.HasIndex(l => l.PublishedAt).HasFilter("publication_state = 'Published'");

        // A reply goes public only after a review by someone other than the person who wrote it.
        b.ToTable(t => t.HasCheckConstraint("ck_feedback_letters_published_after_review",
            "publication_state <> 'Published' OR (consent_to_publish AND reviewed_by_id IS NOT NULL AND replied_by_id IS NOT NULL AND reviewed_by_id <> replied_by_id)"));
    }
}
