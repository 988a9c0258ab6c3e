using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// Publishes <see cref="DemoPowerCatalogue"/> through the real workflow (author of the office → reviewer →
/// leader). Idempotent: a power whose code already exists is skipped.
/// </summary>
public static class DemoPowers
{
    public static async Task LoadAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        var existing = await db.PowerItems.Select(p => p.Code).Distinct().ToListAsync();
        var missing = DemoPowerCatalogue.All.Where(s => !existing.Contains(s.Details.Code)).ToList();
        if (missing.Count == 0) return;

        var column = await db.Columns.Where(c => c.Slug == "powers").Select(c => c.Id).SingleAsync();
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id);
        var staff = await db.Users.ToListAsync();
        Actor ActorFor(string userName, string role)
        {
            var u = staff.Single(s => s.UserName == userName);
            return new Actor(u.Id, u.DisplayName, new HashSet<string> { role }, u.DepartmentId, "127.0.0.1");
        }
        var reviewer = ActorFor("reviewer", Roles.Reviewer);
        var leader = ActorFor("leader", Roles.Leader);

        foreach (var seed in missing)
        {
            var authorName = staff.Where(u => u.DepartmentId == departments[seed.Department] && u.UserName!.StartsWith("author", StringComparison.Ordinal))
                .Select(u => u.UserName!).Order(StringComparer.Ordinal).First();
            var author = ActorFor(authorName, Roles.Author);
            var date = DateOnly.ParseExact(seed.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var at = Cst.FromCstLocal(date.ToDateTime(new TimeOnly(9, 30)));

            await using var tx = await db.Database.BeginTransactionAsync();
            var item = PowerItem.Draft(column, author, at, date, seed.Details);
            item.ReplaceFlow(author, at.AddMinutes(20), seed.Flow);
            item.Submit(author, at.AddMinutes(30));
            item.Edition.PassReview(reviewer, at.AddHours(2), DisclosureMode.Proactive, "经审查,不涉密");
            db.PowerItems.Add(item);
            await db.SaveChangesAsync();
            await allocator.PublishAsync(item.Edition, leader, at.AddHours(4));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
    }
}
