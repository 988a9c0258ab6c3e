using System.Text.Encodings.Web;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;
using QRCoder;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>A signed-in member of staff changes their password and enrols in two-factor authentication.</summary>
[Area("Admin"), Authorize, Route("admin/account")]
public sealed class SecurityController(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffAudit audit, TimeProvider clock,
    IValidator<ChangePasswordForm> passwordValidator, IValidator<TwoFactorCodeForm> codeValidator)
    : Controller
{
    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordForm());

    [HttpPost("password")]
    public async Task<IActionResult> Password(ChangePasswordForm form)
    {
        var check = await passwordValidator.ValidateAsync(form);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }
        var user = await users.GetUserAsync(User);
        if (user is null) return Forbid();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), e.Description);
            return View(form);
        }
        user.MustChangePassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "password.changed", null);
        TempData.Success("密码已修改");
        return Redirect("/admin");
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Forbid();
        if (user.TwoFactorEnabled) return View("TwoFactorEnabled");
        return View(await SetupPageAsync(user, new TwoFactorCodeForm()));
    }

    [HttpPost("two-factor")]
    public async Task<IActionResult> TwoFactor(TwoFactorCodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Forbid();
        if (user.TwoFactorEnabled) return View("TwoFactorEnabled");
        var check = await codeValidator.ValidateAsync(new TwoFactorCodeForm { Code = form.Code });
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(await SetupPageAsync(user, form));
        }
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, form.Code!);
        if (!valid)
        {
            ModelState.AddModelError(nameof(form.Code), "验证码不正确,请确认手机时间准确后重试");
            return View(await SetupPageAsync(user, form));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "two-factor.enabled", null);
        return View("RecoveryCodes", codes.ToList());
    }

    async Task<TwoFactorSetupPage> SetupPageAsync(StaffUser user, TwoFactorCodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var issuer = UrlEncoder.Default.Encode("OpenGov.Portal");
        var uri = $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
        using var qr = new QRCodeGenerator();
        using var data = qr.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new TwoFactorSetupPage(FormatKey(key!), uri, svg, form);
    }

    static string FormatKey(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
}
