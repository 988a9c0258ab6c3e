using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// Loads the demo bureau, accounts and content. Idempotent: each part is skipped when present.
/// Content goes through the real workflow (author → reviewer → leader) so it carries index numbers and audit records.
/// </summary>
public static class DemoData
{
    public static async Task LoadAsync(IServiceProvider services, bool withContent = true)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        await ReferenceData.EnsureRolesAsync(services);
        await LoadOrganisationAsync(db);
        await LoadUsersAsync(db, services.GetRequiredService<UserManager<StaffUser>>());
        if (withContent) await LoadContentAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoBudgets.LoadAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoPowers.LoadAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoParticipation.LoadAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoDisclosureGuide.LoadAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoReports.LoadAsync(db, services.GetRequiredService<IndexNumberAllocator>());
        if (withContent) await DemoAttachments.LoadAsync(db);
    }

    static async Task LoadOrganisationAsync(PortalDbContext db)
    {
        if (!await db.Organisations.AnyAsync()) db.Organisations.Add(DemoOrganisation.Bureau());
        var departments = await db.Departments.Select(d => d.Code).ToListAsync();
        db.Departments.AddRange(DemoOrganisation.Departments().Where(d => !departments.Contains(d.Code)));
        var columns = await db.Columns.Select(c => c.Slug).ToListAsync();
        db.Columns.AddRange(DemoOrganisation.Columns().Where(c => !columns.Contains(c.Slug)));
        await db.SaveChangesAsync();
    }

    static async Task LoadUsersAsync(PortalDbContext db, UserManager<StaffUser> users)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id);
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new StaffUser
            {
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                DepartmentId = demo.DepartmentCode is null ? null : departments[demo.DepartmentCode],
                Email = $"{demo.UserName}@example.gov.cn",
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, DemoUsers.Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
        }
    }

    static async Task LoadContentAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        if (await db.Publications.AnyAsync()) return;
        var columns = await db.Columns.ToDictionaryAsync(c => c.Slug, c => c.Id);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id);
        var staff = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u);
        var reviewer = ActorFor(staff["reviewer"], Roles.Reviewer);
        var leader = ActorFor(staff["leader"], Roles.Leader);
        var byTitle = new Dictionary<string, Publication>();

        foreach (var item in DemoArticles.All)
        {
            var author = ActorFor(staff.Values.Single(u => u.DepartmentId == departments[item.Department] && u.UserName!.StartsWith("author", StringComparison.Ordinal)), Roles.Author);
            var date = DateOnly.ParseExact(item.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var at = Cst.FromCstLocal(date.ToDateTime(new TimeOnly(9, 0)));
            var body = string.Concat(item.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
            var content = new EditionContent(item.Title, item.Paragraphs[0].Length > 120 ? item.Paragraphs[0][..120] + "…" : item.Paragraphs[0],
                body, item.DocumentNumber, item.Topic, date, Validity.Valid, DisclosureMode.Proactive, null);

            await using var tx = await db.Database.BeginTransactionAsync();
            var publication = Publication.Draft(item.Kind, columns[item.Column], departments[item.Department], author, at, content);
            if (item.Interprets is not null) publication.InterpretsId = byTitle[item.Interprets].Id;
            db.Publications.Add(publication);
            var edition = publication.Editions[0];
            edition.Submit(author, at.AddMinutes(10));
            edition.PassReview(reviewer, at.AddHours(2), DisclosureMode.Proactive, "经审查,不涉密");
            await db.SaveChangesAsync();
            await allocator.PublishAsync(edition, leader, at.AddHours(4));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            byTitle[item.Title] = publication;
        }
    }

    static Actor ActorFor(StaffUser user, string role) =>
        new(user.Id, user.DisplayName, new HashSet<string> { role }, user.DepartmentId, "127.0.0.1");

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
