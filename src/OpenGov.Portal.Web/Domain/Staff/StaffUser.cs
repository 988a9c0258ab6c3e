using Microsoft.AspNetCore.Identity;

namespace OpenGov.Portal.Domain.Staff;

/// <summary>A back-office account. Citizens never have accounts.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public bool MustChangePassword { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }
}
