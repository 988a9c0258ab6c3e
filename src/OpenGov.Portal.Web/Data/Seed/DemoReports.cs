using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// The 2012 annual openness report, generated from the demo records (its figures are whatever the demo data holds)
/// and published through the workflow: drafted by the 综合协调处, reviewed, signed off. Idempotent.
/// </summary>
public static class DemoReports
{
    public const int Year = 2012;

    public static async Task LoadAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        if (await db.AnnualReports.AnyAsync(r => r.Year == Year)) return;
        var staff = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u);
        if (!staff.TryGetValue("author", out var authorUser)) return;
        var author = new Actor(authorUser.Id, authorUser.DisplayName, new HashSet<string> { Roles.Author }, authorUser.DepartmentId, "127.0.0.1");
        var reviewer = new Actor(staff["reviewer"].Id, staff["reviewer"].DisplayName, new HashSet<string> { Roles.Reviewer }, staff["reviewer"].DepartmentId, "127.0.0.1");
        var leader = new Actor(staff["leader"].Id, staff["leader"].DisplayName, new HashSet<string> { Roles.Leader }, null, "127.0.0.1");
        var at = Cst.FromCstLocal(new DateTime(2013, 1, 21, 9, 0, 0, DateTimeKind.Unspecified));

        var generator = new AnnualReportGenerator(db, new DisclosureCountsQuery(db));
        var report = await generator.GenerateAsync(Year, author, at);
        report.Revise(new Dictionary<string, decimal>(), report.Texts with
        {
            Problems = "2012年,本机关政府信息公开工作取得了一定成效,但信息公开的及时性和解读回应的针对性仍有待提高。2013年将进一步完善信息发布审核机制,加强政策解读。",
            Other = "本机关2012年未收取政府信息公开处理费。",
        });
        var edition = report.Edition;
        edition.Edit(author, at.AddHours(1), edition.Content with { BodyHtml = AnnualReportHtml.Body(report.Data, report.Texts) });
        edition.Submit(author, at.AddHours(2));
        edition.PassReview(reviewer, at.AddHours(5), DisclosureMode.Proactive, "经审查,不涉密");
        await db.SaveChangesAsync();

        await using var tx = await db.Database.BeginTransactionAsync();
        await allocator.PublishAsync(edition, leader, at.AddDays(1));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }
}
