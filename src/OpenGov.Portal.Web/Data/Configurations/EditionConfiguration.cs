using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Configurations;

public sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public const int TitleMax = 200;
    public const int SummaryMax = 500;
    public const int BodyMax = 200_000;
    public const int DocumentNumberMax = 100;
    public const int TopicMax = 50;
    public const int ChangeNoteMax = 500;
    public const int ReasonMax = 500;
    public const int NameMax = 100;
    public const int UserIdMax = 450;

    public void Configure(EntityTypeBuilder<Edition> b)
    {
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Validity).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.DisclosureMode).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ReviewVerdict).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Title).HasMaxLength(TitleMax);
        b.Property(e => e.Summary).HasMaxLength(SummaryMax);
        b.Property(e => e.BodyHtml).HasMaxLength(BodyMax);
        b.Property(e => e.DocumentNumber).HasMaxLength(DocumentNumberMax);
        b.Property(e => e.Topic).HasMaxLength(TopicMax);
        b.Property(e => e.ChangeNote).HasMaxLength(ChangeNoteMax);
        b.Property(e => e.AuthorId).HasMaxLength(UserIdMax);
        b.Property(e => e.AuthorName).HasMaxLength(NameMax);
        b.Property(e => e.ReviewerId).HasMaxLength(UserIdMax);
        b.Property(e => e.ReviewerName).HasMaxLength(NameMax);
        b.Property(e => e.ReviewNote).HasMaxLength(ReasonMax);
        b.Property(e => e.LeaderId).HasMaxLength(UserIdMax);
        b.Property(e => e.LeaderName).HasMaxLength(NameMax);
        b.Property(e => e.ReturnReason).HasMaxLength(ReasonMax);
        b.Ignore(e => e.Content);
        b.HasIndex(e => new { e.PublicationId, e.Number }).IsUnique();
        b.HasIndex(e => e.Status);
        b.HasIndex(e => e.ScheduledFor).HasFilter("status = 'Scheduled'");
        b.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}
