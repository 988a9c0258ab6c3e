using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Reporting;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Reporting;

/// <summary>
/// A known set of 2014 records (no demo data falls in 2014): two policy documents (one issued, one repealed) and three
/// applications, one carried over from 2013 and one carried into 2015. Every step at a fixed CST time.
/// </summary>
public static class ReportingData
{
    public static DateTimeOffset At(int y, int m, int d, int h = 9) => Cst.FromCstLocal(new DateTime(y, m, d, h, 0, 0, DateTimeKind.Unspecified));

    static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Builds the records once per test database.</summary>
    public static async Task BuildAsync(PortalFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            if (!await factory.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title == "2014年新制发的规范性文件"))) await BuildOnceAsync(factory);
        }
        finally
        {
            Gate.Release();
        }
    }

    static async Task BuildOnceAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var author = await TestContent.ActorAsync(db, "author", Roles.Author);
        var reviewer = await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);
        var policies = await db.Columns.Where(c => c.Slug == "policies").Select(c => c.Id).SingleAsync();

        async Task Publish(Edition e, DateTimeOffset at)
        {
            e.Submit(author, at);
            e.PassReview(reviewer, at.AddHours(2), DisclosureMode.Proactive, null);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            await allocator.PublishAsync(e, leader, at.AddHours(4));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        EditionContent Content(string title, DateTimeOffset at, Validity validity, string? note = null) =>
            new(title, null, "<p>正文</p>", "黑知发〔2014〕1号", "政策", DateOnly.FromDateTime(at.UtcDateTime), validity, DisclosureMode.Proactive, note);

        var issued = Publication.Draft(PublicationKind.PolicyDocument, policies, author.DepartmentId!.Value, author, At(2014, 3, 3), Content("2014年新制发的规范性文件", At(2014, 3, 3), Validity.Valid));
        db.Publications.Add(issued);
        await Publish(issued.Editions[0], At(2014, 3, 3));

        var repealed = Publication.Draft(PublicationKind.PolicyDocument, policies, author.DepartmentId!.Value, author, At(2013, 5, 6), Content("2013年制发、2014年废止的规范性文件", At(2013, 5, 6), Validity.Valid));
        db.Publications.Add(repealed);
        await Publish(repealed.Editions[0], At(2013, 5, 6));
        await db.Entry(repealed).Reference(p => p.LiveEdition).LoadAsync();
        var revision = repealed.StartNewEdition(author, At(2014, 6, 2));
        revision.Edit(author, At(2014, 6, 2), Content("2013年制发、2014年废止的规范性文件", At(2013, 5, 6), Validity.Repealed, "宣布废止"));
        await Publish(revision, At(2014, 6, 2));

        var coordinator = author;
        var desk = new ParticipationDesk(author.DepartmentId!.Value);
        var calendar = await db.WorkingDaysAsync();
        var zlgl = await db.Departments.Where(d => d.Code == "zlgl").Select(d => d.Id).SingleAsync();
        var patents = await TestContent.ActorAsync(db, "author2", Roles.Author);
        var person = new ApplicantDetails(ApplicantType.NaturalPerson, "赵测试", "13900000000", "t@example.com", "测试地址", IdDocumentType.ResidentIdCard,
            "11010519491231002X");
        var company = new ApplicantDetails(ApplicantType.LegalPerson, "测试科技有限公司", "0451-00000001", "org@example.com", "测试地址",
            OrganisationType: OrganisationType.Commercial, UnifiedCode: "91230100MA00000001", LegalRepresentative: "周测试", ContactName: "吴测试");
        RequestDetails Request(string what) => new(what, "参考", PreferredForm.Email, DeliveryMethod.Email);

        var carriedOver = DisclosureApplication.Submit(TrackingCode.New(), person, Request("跨年度申请"), At(2013, 12, 30));
        var refused = DisclosureApplication.Submit(TrackingCode.New(), person, Request("涉密申请"), At(2014, 5, 5));
        var open = DisclosureApplication.Submit(TrackingCode.New(), company, Request("年底申请"), At(2014, 12, 29));
        db.DisclosureApplications.AddRange(carriedOver, refused, open);
        await db.SaveChangesAsync();
        foreach (var a in new[] { carriedOver, refused, open }) a.Assign(coordinator, a.ReceivedAt.AddHours(1), zlgl, desk);
        carriedOver.Answer(patents, At(2014, 1, 8), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed, "予以公开。"), calendar);
        refused.Answer(patents, At(2014, 5, 12), new(AnswerType.Refused, DisclosureOutcome.RefusedStateSecret, "属于国家秘密,不予公开。",
            LegalBasis: "《中华人民共和国政府信息公开条例》第十四条"), calendar);
        await db.SaveWithAuditAsync();
    }

    public static async Task<T> WithDbAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Drives review and sign-off of a submitted report through the domain verbs, as the generic workflow pages do.</summary>
    public static async Task ReviewAndPublishAsync(PortalFactory factory, int editionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var reviewer = await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer);
        var leader = await TestContent.ActorAsync(db, "leader", Roles.Leader);
        var edition = await db.Editions.Include(e => e.Publication).SingleAsync(e => e.Id == editionId);
        var now = factory.Clock.GetUtcNow();
        edition.PassReview(reviewer, now, DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        await allocator.PublishAsync(edition, leader, now);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    public static Task<AnnualReport> ReportAsync(this PortalFactory factory, int year) =>
        factory.WithDbAsync(db => db.AnnualReports.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync(r => r.Year == year));
}
