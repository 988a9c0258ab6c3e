using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Areas.Admin.Controllers;

[Area("Admin"), Route("admin/account")]
public sealed class AccountController(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, PortalDbContext db, TimeProvider clock, IValidator<LoginForm> validator)
    : Controller
{
    const string FailedMessage = "用户名或密码不正确";

    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var check = await validator.ValidateAsync(form);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }

        var user = await users.FindByNameAsync(form.UserName!);
        if (user is null || user.IsDisabled)
        {
            await AuditAsync(form.UserName!, user?.Id, "login.failed", user is null ? "unknown user" : "account disabled");
            ModelState.AddModelError("", FailedMessage);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AuditAsync(user.UserName!, user.Id, "login.succeeded", null);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/admin");
        }
        if (result.IsLockedOut)
        {
            await AuditAsync(user.UserName!, user.Id, "login.lockedout", null);
            ModelState.AddModelError("", "登录失败次数过多,账户已被临时锁定,请稍后再试");
            return View(form);
        }
        await AuditAsync(user.UserName!, user.Id, "login.failed", result.RequiresTwoFactor ? "two-factor required" : "wrong password");
        ModelState.AddModelError("", FailedMessage);
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

    async Task AuditAsync(string userName, string? userId, string action, string? reason)
    {
        var actor = new Actor(userId ?? "anonymous", userName.Length > 100 ? userName[..100] : userName, new HashSet<string>(), null,
            HttpContext.Connection.RemoteIpAddress?.ToString());
        db.AuditRecords.Add(AuditRecord.For(actor, clock.GetUtcNow(), action, "StaffUser", userId, reason: reason));
        await db.SaveChangesAsync();
    }
}
