namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record UserEditPage(string? Id, UserForm Form, IReadOnlyList<(int Id, string Name)> Departments);
