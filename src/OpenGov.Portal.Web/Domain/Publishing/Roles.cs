namespace OpenGov.Portal.Domain.Publishing;

/// <summary>Back-office roles (DESIGN.md). One person may hold several; separation of duties is checked per item.</summary>
public static class Roles
{
    public const string Author = nameof(Author);
    public const string Reviewer = nameof(Reviewer);
    public const string Leader = nameof(Leader);
    public const string Administrator = nameof(Administrator);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [Author, Reviewer, Leader, Administrator, Auditor];

    public static string DisplayName(string role) => role switch
    {
        Author => "信息员",
        Reviewer => "保密审查员",
        Leader => "主管领导",
        Administrator => "系统管理员",
        Auditor => "安全审计员",
        _ => role,
    };
}
