using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Infrastructure;

/// <summary>
/// Publishes an item carrying a file, through the real workflow (author drafts and attaches, reviewer
/// passes, leader publishes), for journeys that need one but are not about uploading (PublishingJourneys uploads through the form).
/// </summary>
public static class AttachedContent
{
    public sealed record Published(int PublicationId, int AttachmentId);

    public static async Task<Published> PublishWithAttachmentAsync(this PortalFactory factory, string title, string column,
        string fileName, string contentType, byte[] data)
    {
        var id = await factory.PublishAsync(title, column, upTo: EditionStatus.Draft);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var now = factory.Clock.GetUtcNow();
        var author = await TestContent.ActorAsync(db, "author", Roles.Author);
        var reviewer = await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);

        var edition = await db.Editions.Include(e => e.Publication).SingleAsync(e => e.PublicationId == id);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha)) db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = sha, Data = data });
        var attachment = new Attachment
        {
            FileName = fileName, ContentType = contentType, Size = data.Length, Sha256 = sha,
            UploadedAt = now, UploadedById = author.UserId,
        };
        edition.Attachments.Add(attachment);
        edition.Submit(author, now);
        edition.PassReview(reviewer, now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();

        await using var tx = await db.Database.BeginTransactionAsync();
        await allocator.PublishAsync(edition, leader, now);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new Published(id, attachment.Id);
    }
}
