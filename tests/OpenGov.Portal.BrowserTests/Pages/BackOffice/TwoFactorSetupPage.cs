using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;

namespace OpenGov.Portal.BrowserTests.Pages;

/// <summary>Two-factor (TOTP) enrolment: QR code, shared key, code field (/admin/account/two-factor).</summary>
public sealed class TwoFactorSetupPage(Visitor visitor) : BackOfficePage(visitor)
{
    public static async Task<TwoFactorSetupPage> OpenAsync(Visitor visitor)
    {
        await visitor.GotoAsync("/admin/account/two-factor");
        return await ArriveAsync(visitor);
    }

    public static Task<TwoFactorSetupPage> ArriveAsync(Visitor visitor) =>
        visitor.ArriveAsync("two-factor-setup", url => PathIs(url, "/admin/account/two-factor"), v => new TwoFactorSetupPage(v));

    public ILocator QrCode => Page.GetByRole(AriaRole.Img, new() { Name = "身份验证器二维码" });
    public ILocator SharedKey => Page.Locator("#shared-key");
    public ILocator Code => Page.GetByLabel("验证码");
}
