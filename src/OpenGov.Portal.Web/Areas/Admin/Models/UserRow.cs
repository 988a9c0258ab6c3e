namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record UserRow(string Id, string UserName, string DisplayName, string? Department, IReadOnlyList<string> Roles,
    bool TwoFactor, bool Disabled, bool LockedOut, bool MustChangePassword);
