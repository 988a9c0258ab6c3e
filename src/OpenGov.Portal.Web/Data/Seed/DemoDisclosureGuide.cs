using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// 政府信息公开指南 and 政府信息公开制度 as ordinary published items of the zwgk-guide column, so staff edit them
/// through the workflow like any other item. Demo data only; skipped when the column already has items.
/// </summary>
public static class DemoDisclosureGuide
{
    public const string Column = "zwgk-guide";

    sealed record Page(PublicationKind Kind, string Title, string? DocumentNumber, string Date, string[] Paragraphs);

    static readonly Page[] Pages =
    [
        new(PublicationKind.Article, "政府信息公开指南", null, "2012-01-05",
        [
            "为了更好地为公民、法人和其他组织获取本局政府信息提供服务,根据《中华人民共和国政府信息公开条例》,编制本指南。",
            "一、主动公开。本局主动公开的政府信息包括机构职能、政策文件及解读、通知公告、统计数据、财政预决算、权力清单和办事服务等,通过本网站“政府信息公开目录”及各栏目发布。信息形成或变更之日起20个工作日内予以公开。",
            "二、依申请公开。公民、法人和其他组织可以通过本网站在线提交、信函或当面提交等方式,向本局申请获取政府信息。受理机构:综合协调处;办公时间:工作日 8:30-11:30,13:30-17:00;地址:黑龙江省哈尔滨市南岗区(演示地址);电话:0451-00000000(演示)。",
            "三、答复期限。能够当场答复的当场答复;不能当场答复的,自收到申请之日起20个工作日内予以答复;需要延长答复期限的,经政府信息公开工作机构负责人同意并告知申请人,延长期限最长不超过20个工作日。",
            "四、收费。依申请提供政府信息,不收取费用。",
            "五、监督和救济。公民、法人和其他组织认为本局在政府信息公开工作中侵犯其合法权益的,可以向本局举报投诉,也可以依法申请行政复议或者提起行政诉讼。",
        ]),
        new(PublicationKind.PolicyDocument, "政府信息公开制度", "黑知办〔2012〕2号", "2012-01-05",
        [
            "为规范本局政府信息公开工作,根据《中华人民共和国政府信息公开条例》,制定以下制度。",
            "一、保密审查制度。拟公开的政府信息须经信息员起草、综合协调处专人保密审查、局主管领导签发后公开,做到“上网信息不涉密,涉密信息不上网”。",
            "二、主动公开制度。各处室对本单位产生的政府信息及时编制公开目录和索引号,通过门户网站集中公开。",
            "三、依申请公开制度。依申请公开由综合协调处统一受理、登记、答复,按期办结并建立档案。",
            "四、考核评议制度。政府信息公开工作纳入年度绩效考核,定期开展社会评议,接受公众监督。",
            "五、责任追究制度。对不依法履行政府信息公开义务的,依照有关规定追究责任。",
        ]),
    ];

    public static async Task LoadAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        var columnId = await db.Columns.Where(c => c.Slug == Column).Select(c => (int?)c.Id).FirstOrDefaultAsync();
        if (columnId is null || await db.Publications.AnyAsync(p => p.ColumnId == columnId)) return;
        var staff = await db.Users.Where(u => u.UserName == "author" || u.UserName == "reviewer" || u.UserName == "leader")
            .ToDictionaryAsync(u => u.UserName!);
        if (staff.Count < 3 || staff["author"].DepartmentId is not { } departmentId) return;
        var author = ActorFor(staff["author"], Roles.Author);
        var reviewer = ActorFor(staff["reviewer"], Roles.Reviewer);
        var leader = ActorFor(staff["leader"], Roles.Leader);

        foreach (var page in Pages)
        {
            var date = DateOnly.ParseExact(page.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var at = Cst.FromCstLocal(date.ToDateTime(new TimeOnly(9, 0)));
            var body = string.Concat(page.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
            var content = new EditionContent(page.Title, page.Paragraphs[0], body, page.DocumentNumber, "政务公开", date,
                Validity.Valid, DisclosureMode.Proactive, null);

            await using var tx = await db.Database.BeginTransactionAsync();
            var publication = Publication.Draft(page.Kind, columnId.Value, departmentId, author, at, content);
            db.Publications.Add(publication);
            var edition = publication.Editions[0];
            edition.Submit(author, at.AddMinutes(10));
            edition.PassReview(reviewer, at.AddHours(2), DisclosureMode.Proactive, "经审查,不涉密");
            await db.SaveChangesAsync();
            await allocator.PublishAsync(edition, leader, at.AddHours(4));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
    }

    static Actor ActorFor(StaffUser user, string role) =>
        new(user.Id, user.DisplayName, new HashSet<string> { role }, user.DepartmentId, "127.0.0.1");
}
