using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>Creates content through the real domain verbs, as the demo author, reviewer and leader.</summary>
public static class TestContent
{
    public static async Task<int> PublishAsync(this PortalFactory factory, string title, string column = "notices", string body = "<p>测试正文</p>",
        EditionStatus upTo = EditionStatus.Published, DateTimeOffset? at = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var now = at ?? factory.Clock.GetUtcNow();
        var author = await ActorAsync(db, "author", Roles.Author);
        var reviewer = await ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await ActorAsync(db, "leader", Roles.Leader);
        var columnId = await db.Columns.Where(c => c.Slug == column).Select(c => c.Id).SingleAsync();

        var content = new EditionContent(title, null, body, null, "测试", DateOnly.FromDateTime(now.UtcDateTime), Validity.Valid, DisclosureMode.Proactive, null);
        var publication = Publication.Draft(PublicationKind.Article, columnId, author.DepartmentId!.Value, author, now, content);
        db.Publications.Add(publication);
        var e = publication.Editions[0];
        if (upTo != EditionStatus.Draft) e.Submit(author, now);
        if (upTo == EditionStatus.Classified) e.MarkClassified(reviewer, now, ReviewVerdict.Classified, "涉密");
        if (upTo is EditionStatus.Reviewed or EditionStatus.Published or EditionStatus.Scheduled) e.PassReview(reviewer, now, DisclosureMode.Proactive, null);
        if (upTo == EditionStatus.Scheduled) e.Schedule(leader, now, now.AddHours(1));
        await db.SaveChangesAsync();
        if (upTo == EditionStatus.Published)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await allocator.PublishAsync(e, leader, now);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        return publication.Id;
    }

    public static async Task<Actor> ActorAsync(PortalDbContext db, string userName, string role)
    {
        var user = await db.Set<StaffUser>().SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { role }, user.DepartmentId);
    }
}
