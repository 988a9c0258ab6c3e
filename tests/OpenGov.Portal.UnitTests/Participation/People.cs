using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.UnitTests.Participation;

/// <summary>Staff of a small bureau: department 1 coordinates, department 2 handles.</summary>
internal static class People
{
    public const int Coordinating = 1;
    public const int Patents = 2;
    public static readonly ParticipationDesk Desk = new(Coordinating);

    public static readonly Actor Coordinator = new("u-coord", "张明", new HashSet<string> { Roles.Author }, Coordinating);
    public static readonly Actor Handler = new("u-handler", "李华", new HashSet<string> { Roles.Author }, Patents);
    public static readonly Actor OtherAuthor = new("u-other", "周涛", new HashSet<string> { Roles.Author }, 3);
    public static readonly Actor Reviewer = new("u-reviewer", "王静", new HashSet<string> { Roles.Reviewer }, Coordinating);
    public static readonly Actor Leader = new("u-leader", "刘强", new HashSet<string> { Roles.Leader }, null);
    public static readonly Actor Admin = new("u-admin", "陈刚", new HashSet<string> { Roles.Administrator, Roles.Leader, Roles.Reviewer }, null);

    /// <summary>A handler of department 2 who is also a confidentiality reviewer.</summary>
    public static readonly Actor HandlerAndReviewer = new("u-both", "吴敏", new HashSet<string> { Roles.Author, Roles.Reviewer }, Patents);

    public static ApplicantDetails Person => new(ApplicantType.NaturalPerson, "张三", "13812345678", "zs@example.com", "黑龙江省哈尔滨市",
        IdDocumentType.ResidentIdCard, "230102199001011234");

    public static ApplicantDetails Organisation(OrganisationType type) => new(ApplicantType.LegalPerson, "某某科技有限公司", "0451-12345678", null, null,
        OrganisationType: type, UnifiedCode: "91230100MA00000001", LegalRepresentative: "王五", ContactName: "赵六");

    public static RequestDetails Request => new("2012年专利资助资金分配情况", "研究", PreferredForm.Email, DeliveryMethod.Email);
}
