namespace OpenGov.Portal.Domain.Publishing;

/// <summary>Who performs a workflow action. The system actor is the scheduled publisher.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<string> Roles, int? DepartmentId, string? ClientIp = null)
{
    public static readonly Actor System = new("system", "系统", new HashSet<string>(), null);

    public bool IsSystem => UserId == System.UserId;

    public bool IsIn(string role) => Roles.Contains(role);
}
