using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Sign-in, sign-out and the two-factor step. Password change and enrolment live in <see cref="SecurityController"/>.</summary>
[Area("Admin"), Route("admin/account")]
public sealed class AccountController(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffAudit audit,
    IValidator<LoginForm> loginValidator, IValidator<TwoFactorCodeForm> codeValidator)
    : Controller
{
    const string FailedMessage = "用户名或密码不正确";

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var check = await loginValidator.ValidateAsync(form);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }

        var user = await users.FindByNameAsync(form.UserName!);
        if (user is null || user.IsDisabled)
        {
            await audit.RecordAsync(HttpContext, form.UserName!, user?.Id, "login.failed", user is null ? "unknown user" : "account disabled");
            ModelState.AddModelError("", FailedMessage);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "login.succeeded", null);
            return LocalRedirect(SafeReturn(form.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = SafeReturn(form.ReturnUrl) });
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "login.lockedout", null);
            ModelState.AddModelError("", "登录失败次数过多,账户已被临时锁定,请稍后再试");
            return View(form);
        }
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "login.failed", "wrong password");
        ModelState.AddModelError("", FailedMessage);
        return View(form);
    }

    [HttpGet("login-2fa"), AllowAnonymous]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(Login));
        return View(new TwoFactorCodeForm { ReturnUrl = returnUrl });
    }

    [HttpPost("login-2fa"), AllowAnonymous]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToAction(nameof(Login));
        var check = await codeValidator.ValidateAsync(form);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }

        var usingRecovery = !string.IsNullOrWhiteSpace(form.RecoveryCode);
        var result = usingRecovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal))
            : await signIn.TwoFactorAuthenticatorSignInAsync(form.Code!, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "login.succeeded", usingRecovery ? "two-factor recovery code" : "two-factor");
            return LocalRedirect(SafeReturn(form.ReturnUrl));
        }
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, result.IsLockedOut ? "login.lockedout" : "login.failed", "two-factor code");
        ModelState.AddModelError("", result.IsLockedOut ? "登录失败次数过多,账户已被临时锁定,请稍后再试" : "验证码不正确");
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/account/login");
    }

    [HttpGet("denied"), AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Only local paths are followed: "//elsewhere" and absolute URLs go to the dashboard.</summary>
    string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/admin", StringComparison.Ordinal) ? returnUrl : "/admin";
}
