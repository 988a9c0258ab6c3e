using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Staff;

/// <summary>
/// 三员分立: system administration, content approval (authoring, review, sign-off) and security audit
/// are separate powers; one account may hold roles of one group only.
/// </summary>
public static class RoleRules
{
    static readonly Dictionary<string, string> GroupOf = new()
    {
        [Roles.Administrator] = "系统管理",
        [Roles.Author] = "内容管理",
        [Roles.Reviewer] = "内容管理",
        [Roles.Leader] = "内容管理",
        [Roles.Auditor] = "安全审计",
    };

    /// <summary>Null when the combination is allowed; otherwise a sentence saying why not.</summary>
    public static string? Check(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        var unknown = list.FirstOrDefault(r => !GroupOf.ContainsKey(r));
        if (unknown is not null) return $"未知角色:{unknown}";
        if (list.Count == 0) return "请至少选择一个角色";
        var groups = list.Select(r => GroupOf[r]).Distinct().ToList();
        return groups.Count > 1
            ? $"三员分立:系统管理员、内容审批人员(信息员/保密审查员/主管领导)和安全审计员的权限不能由同一账户兼任(所选角色涉及:{string.Join("、", groups)})"
            : null;
    }

    /// <summary>Staff who write or approve content belong to a department; others may not.</summary>
    public static bool NeedsDepartment(IEnumerable<string> roles) => roles.Contains(Roles.Author);
}
