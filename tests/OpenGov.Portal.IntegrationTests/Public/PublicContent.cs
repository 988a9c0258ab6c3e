using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

/// <summary>Public-site test content with full catalogue metadata, created and taken down through the real domain verbs.</summary>
public static class PublicContent
{
    public static async Task<int> PublishItemAsync(this PortalFactory factory, string title, string column = "notices", string body = "<p>测试正文</p>",
        string? summary = null, string? documentNumber = null, string topic = "测试", Validity validity = Validity.Valid,
        DateOnly? createdOn = null, DateTimeOffset? at = null, string author = "author", int? interprets = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var now = at ?? factory.Clock.GetUtcNow();
        var writer = await TestContent.ActorAsync(db, author, Roles.Author);
        var reviewer = await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);
        var columnId = await db.Columns.Where(c => c.Slug == column).Select(c => c.Id).SingleAsync();

        var content = new EditionContent(title, summary, body, documentNumber, topic, createdOn ?? DateOnly.FromDateTime(now.UtcDateTime),
            validity, DisclosureMode.Proactive, null);
        var publication = Publication.Draft(PublicationKind.Article, columnId, writer.DepartmentId!.Value, writer, now, content);
        publication.InterpretsId = interprets;
        db.Publications.Add(publication);
        var e = publication.Editions[0];
        e.Submit(writer, now);
        e.PassReview(reviewer, now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        await allocator.PublishAsync(e, leader, now);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return publication.Id;
    }

    /// <summary>Withdraws the live edition as the leader would (publishedInError: the page answers 410).</summary>
    public static async Task WithdrawAsync(this PortalFactory factory, int publicationId, string reason = "已被新文件替代", bool publishedInError = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);
        var publication = await db.Publications.Include(p => p.LiveEdition).SingleAsync(p => p.Id == publicationId);
        publication.LiveEdition!.Withdraw(leader, factory.Clock.GetUtcNow(), reason, publishedInError);
        await db.SaveChangesAsync();
    }

    /// <summary>Publishes a new edition with another title (an edit of a published item going through the workflow).</summary>
    public static async Task ReviseAsync(this PortalFactory factory, int publicationId, string newTitle, string author = "author")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var now = factory.Clock.GetUtcNow();
        var writer = await TestContent.ActorAsync(db, author, Roles.Author);
        var reviewer = await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);
        var publication = await db.Publications.Include(p => p.Editions).ThenInclude(e => e.Attachments).Include(p => p.LiveEdition)
            .SingleAsync(p => p.Id == publicationId);
        var edition = publication.StartNewEdition(writer, now);
        edition.Edit(writer, now, edition.Content with { Title = newTitle, ChangeNote = "修改标题" });
        edition.Submit(writer, now);
        edition.PassReview(reviewer, now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
        await allocator.PublishAsync(edition, leader, now);
        await db.SaveChangesAsync();
    }

    /// <summary>An anonymous client that sends exactly this Cookie header (no cookie jar).</summary>
    public static HttpClient ClientWithCookie(this PortalFactory factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Runs SQL on the factory's database behind the application's back (no SaveChanges, so no cache eviction).</summary>
    public static Task SqlAsync(this PortalFactory factory, string sql) => TestDatabase.ExecuteAsync(factory.ConnectionString, sql);
}
