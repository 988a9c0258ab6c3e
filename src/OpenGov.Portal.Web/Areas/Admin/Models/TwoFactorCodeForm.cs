namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>A six-digit authenticator code, or (at sign-in) a recovery code instead.</summary>
public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}
