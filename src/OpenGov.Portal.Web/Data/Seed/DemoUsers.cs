using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Seed;

/// <summary>One demo account per role (authors: one per department). Demo data only; printed by the run command.</summary>
public static class DemoUsers
{
    public const string Password = "OpenGov#Demo2012";

    public sealed record User(string UserName, string DisplayName, string Role, string? DepartmentCode);

    public static IReadOnlyList<User> All { get; } =
    [
        new("author", "张明", Roles.Author, "zhxt"),
        new("author2", "李华", Roles.Author, "zlgl"),
        new("author3", "周涛", Roles.Author, "fzc"),
        new("author4", "吴敏", Roles.Author, "ghfz"),
        new("author5", "郑洁", Roles.Author, "fwzx"),
        new("author6", "冯伟", Roles.Author, "hebdb"),
        new("reviewer", "王静", Roles.Reviewer, "zhxt"),
        new("leader", "刘强", Roles.Leader, null),
        new("admin", "陈刚", Roles.Administrator, null),
        new("auditor", "孙丽", Roles.Auditor, null),
    ];
}
