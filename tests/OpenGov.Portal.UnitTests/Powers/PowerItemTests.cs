using OpenGov.Portal.Domain.Powers;
using OpenGov.Portal.Domain.Powers.Flows;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.UnitTests.Domain;
using static OpenGov.Portal.UnitTests.Powers.TestFlows;

namespace OpenGov.Portal.UnitTests.Powers;

public sealed class PowerItemTests
{
    static readonly DateOnly Today = new(2026, 3, 1);

    static PowerDetails Details(string code = "xk-001 ", string name = "专利代理机构设立审批(初审)") => new(
        PowerCategory.Licensing, code, name, "省知识产权局", "30日", "20个工作日", 0, null,
        [new("《专利代理条例》", "第十条", "经审查同意后报国家知识产权局审批。")], ["申请表", " ", "章程"],
        "受理、审查、决定", "不依法受理的", "0451-1", null);

    static PowerItem Draft() => PowerItem.Draft(3, Editions.Author, Editions.T0, Today, Details());

    [Fact]
    public void A_draft_power_is_a_power_publication_whose_edition_carries_its_title_and_link()
    {
        var item = Draft();
        Assert.Equal("XK-001", item.Code);
        Assert.Equal(PublicationKind.Power, item.Edition.Publication.Kind);
        Assert.Equal(EditionStatus.Draft, item.Edition.Status);
        Assert.Equal("专利代理机构设立审批(初审)", item.Edition.Title);
        Assert.Equal("行政许可 · XK-001", item.Edition.Summary);
        Assert.Contains("href=\"/powers/XK-001\"", item.Edition.BodyHtml);
        Assert.Equal(["申请表", "章程"], item.Details.Materials);
    }

    [Fact]
    public void Only_an_author_of_the_office_may_draft()
    {
        Assert.Throws<WorkflowException>(() => PowerItem.Draft(3, Editions.Reviewer, Editions.T0, Today, Details()));
        var item = Draft();
        Assert.Throws<WorkflowException>(() => item.Update(Editions.ForeignAuthor, Editions.T0, Details(name: "改名"), null));
    }

    [Fact]
    public void An_invalid_flow_is_never_stored()
    {
        var item = Draft();
        var broken = With(Valid(), 4, s => s with { Next = [new("zz", null)] });
        var ex = Assert.Throws<WorkflowException>(() => item.ReplaceFlow(Editions.Author, Editions.T0, broken));
        Assert.Contains("步骤“审查”(s2):后续步骤“zz”不存在", ex.Message);
        Assert.Empty(item.Steps);
    }

    [Fact]
    public void Submitting_needs_a_complete_flow()
    {
        var item = Draft();
        var ex = Assert.Throws<WorkflowException>(() => item.Submit(Editions.Author, Editions.T0));
        Assert.Contains("权力运行流程尚未完成", ex.Message);
        item.ReplaceFlow(Editions.Author, Editions.T0, Valid());
        item.Submit(Editions.Author, Editions.T0);
        Assert.Equal(EditionStatus.Submitted, item.Edition.Status);
        Assert.Throws<WorkflowException>(() => item.ReplaceFlow(Editions.Author, Editions.T0, Valid()));
        Assert.Throws<WorkflowException>(() => item.Update(Editions.Author, Editions.T0, Details(), null));
    }

    [Fact]
    public void Replacing_a_flow_keeps_rows_by_key_and_order()
    {
        var item = Draft();
        item.ReplaceFlow(Editions.Author, Editions.T0, Valid());
        var kept = item.Steps.Single(s => s.Key == "s2");
        var renamed = With(Valid(), 3, s => s with { Key = "fix", Label = "补正" });
        renamed = With(renamed, 2, s => s with { Next = [new("s2", "是"), new("fix", "否")] });
        item.ReplaceFlow(Editions.Author, Editions.T0, renamed);
        Assert.Same(kept, item.Steps.Single(s => s.Key == "s2"));
        Assert.DoesNotContain(item.Steps, s => s.Key == "s3");
        Assert.True(renamed.SameAs(item.Flow));
        Assert.Contains(item.Edition.TakePendingAudit(), a => a.Action == "power.flow.edit");
    }

    [Fact]
    public void A_revision_is_a_new_draft_edition_with_a_copy_of_the_data_and_the_flow()
    {
        var item = Draft();
        item.ReplaceFlow(Editions.Author, Editions.T0, Valid());
        item.Submit(Editions.Author, Editions.T0);
        item.Edition.PassReview(Editions.Reviewer, Editions.T0, DisclosureMode.Proactive, null);
        item.Edition.Publish(Editions.Leader, Editions.T0, "X/2026-00001");

        var draft = item.Revise(Editions.OtherAuthor, Editions.T0.AddDays(1));
        Assert.Equal(2, draft.Edition.Number);
        Assert.Equal(EditionStatus.Draft, draft.Edition.Status);
        Assert.True(item.Flow.SameAs(draft.Flow));
        Assert.Equal(item.Details.LegalBases, draft.Details.LegalBases);

        draft.Update(Editions.OtherAuthor, Editions.T0.AddDays(1), Details(name: "专利代理机构设立审批"), "更新名称");
        Assert.Equal("专利代理机构设立审批(初审)", item.Name);
        Assert.Same(item.Edition, item.Edition.Publication.LiveEdition);
        Assert.Throws<WorkflowException>(() => item.Revise(Editions.Author, Editions.T0));   // one open revision at a time
    }
}
