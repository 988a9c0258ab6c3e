using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>Creates powers through the domain verbs, as author2 (专利管理处), the reviewer and the leader.</summary>
public static class TestPowers
{
    public static PowerDetails Details(string code, string name, PowerCategory category = PowerCategory.Licensing) => new(
        category, code, name, "黑龙江省知识产权局", "20个工作日", "10个工作日", 0, null,
        [new("《测试条例》", "第一条", "测试依据。")], ["申请书"], "受理、审查、决定。", "不依法受理的。", "0451-1", "0451-2");

    public static FlowDefinition Flow(params string[] labels)
    {
        var names = labels.Length > 0 ? labels : ["提交申请", "受理审查", "是否符合条件", "准予", "不予", "办结"];
        return new FlowDefinition([
            new("start", FlowStepKind.Start, names[0], "申请人", null, [new("s1", null)]),
            new("s1", FlowStepKind.Step, names[1], "窗口", "1个工作日", [new("d1", null)]),
            new("d1", FlowStepKind.Decision, names[2], "经办人", null, [new("s2", "是"), new("s3", "否")]),
            new("s2", FlowStepKind.Step, names[3], null, null, [new("end", null)]),
            new("s3", FlowStepKind.Step, names[4], null, null, [new("end", null)]),
            new("end", FlowStepKind.End, names[5], null, null, []),
        ]);
    }

    /// <summary>A power with the given code, taken up to <paramref name="upTo"/> (Draft, Submitted, Reviewed or Published). Returns its edition id.</summary>
    public static async Task<int> CreateAsync(this PortalFactory factory, string code, string name, EditionStatus upTo = EditionStatus.Published,
        FlowDefinition? flow = null, PowerCategory category = PowerCategory.Licensing, string author = "author2")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = factory.Clock.GetUtcNow();
        var writer = await TestContent.ActorAsync(db, author, Roles.Author);
        var column = await db.Columns.Where(c => c.Slug == "powers").Select(c => c.Id).SingleAsync();
        var item = PowerItem.Draft(column, writer, now, DateOnly.FromDateTime(now.UtcDateTime), Details(code, name, category));
        item.ReplaceFlow(writer, now, flow ?? Flow());
        if (upTo != EditionStatus.Draft) item.Submit(writer, now);
        if (upTo is EditionStatus.Reviewed or EditionStatus.Published)
            item.Edition.PassReview(await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer), now, DisclosureMode.Proactive, null);
        db.PowerItems.Add(item);
        await db.SaveChangesAsync();
        if (upTo == EditionStatus.Published) await PublishAsync(factory, item.EditionId);
        return item.EditionId;
    }

    /// <summary>Signs off a reviewed edition as the leader, the way the sign-off page does.</summary>
    public static async Task PublishAsync(this PortalFactory factory, int editionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var allocator = scope.ServiceProvider.GetRequiredService<IndexNumberAllocator>();
        var edition = await db.Editions.Include(e => e.Publication).ThenInclude(p => p.LiveEdition).SingleAsync(e => e.Id == editionId);
        await using var tx = await db.Database.BeginTransactionAsync();
        await allocator.PublishAsync(edition, await TestContent.ActorAsync(db, "leader", Roles.Leader), factory.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>Passes review of a submitted edition as the reviewer.</summary>
    public static async Task ReviewAsync(this PortalFactory factory, int editionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var edition = await db.Editions.Include(e => e.Publication).SingleAsync(e => e.Id == editionId);
        edition.PassReview(await TestContent.ActorAsync(db, "reviewer", Roles.Reviewer), factory.Clock.GetUtcNow(), DisclosureMode.Proactive, null);
        await db.SaveChangesAsync();
    }
}
