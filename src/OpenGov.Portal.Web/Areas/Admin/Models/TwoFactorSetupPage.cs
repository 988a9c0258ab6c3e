namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record TwoFactorSetupPage(string SharedKey, string AuthenticatorUri, string QrSvg, TwoFactorCodeForm Form);
