namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class UserForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public int? DepartmentId { get; set; }
    public List<string> Roles { get; set; } = [];
}
