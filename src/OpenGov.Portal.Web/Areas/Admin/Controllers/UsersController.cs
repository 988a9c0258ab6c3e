using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Accounts, roles and departments (Administrator only). Every change is audited.</summary>
[Area("Admin"), Authorize(Roles = Roles.Administrator), Route("admin/users")]
public sealed class UsersController(
    PortalDbContext db, UserManager<StaffUser> users, StaffAudit audit, TimeProvider clock, IValidator<UserForm> validator)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync();
        var now = clock.GetUtcNow();
        var rows = (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync())
            .Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
                roleNames.Where(r => r.UserId == u.Id).Select(r => Roles.DisplayName(r.Name!)).ToList(),
                u.TwoFactorEnabled, u.IsDisabled, u.LockoutEnd > now, u.MustChangePassword))
            .ToList();
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await PageAsync(null, new UserForm()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserForm form)
    {
        if (!await ValidAsync(form)) return View("Edit", await PageAsync(null, form));
        if (await users.FindByNameAsync(form.UserName!) is not null)
        {
            ModelState.AddModelError(nameof(form.UserName), "该用户名已被使用");
            return View("Edit", await PageAsync(null, form));
        }
        var user = new StaffUser { UserName = form.UserName, DisplayName = form.DisplayName!.Trim(), DepartmentId = form.DepartmentId, MustChangePassword = true };
        var password = TemporaryPassword.Create();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors) ModelState.AddModelError("", e.Description);
            return View("Edit", await PageAsync(null, form));
        }
        await users.AddToRolesAsync(user, form.Roles.Distinct());
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "user.create", $"roles={string.Join(",", form.Roles)}", user.Id);
        return View("Password", (user.UserName!, password));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var form = new UserForm { UserName = user.UserName, DisplayName = user.DisplayName, DepartmentId = user.DepartmentId, Roles = [.. await users.GetRolesAsync(user)] };
        return View(await PageAsync(id, form));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserForm form)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        form.UserName = user.UserName;
        if (!await ValidAsync(form)) return View(await PageAsync(id, form));

        var before = await users.GetRolesAsync(user);
        user.DisplayName = form.DisplayName!.Trim();
        user.DepartmentId = form.DepartmentId;
        await users.UpdateAsync(user);
        await users.RemoveFromRolesAsync(user, before.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Except(before).Distinct());
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "user.roles",
            $"roles {string.Join(",", before)} -> {string.Join(",", form.Roles)}; department={form.DepartmentId}", user.Id);
        TempData.Success("已保存");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/disable")]
    public async Task<IActionResult> ConfirmDisable(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(user);
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id, bool enable = false)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.Id == HttpContext.Actor().UserId && !enable)
        {
            TempData.Error("不能停用自己的账户");
            return RedirectToAction(nameof(Index));
        }
        user.IsDisabled = !enable;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, enable ? "user.enable" : "user.disable", null, user.Id);
        TempData.Success(enable ? "账户已启用" : "账户已停用");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/reset")]
    public async Task<IActionResult> ResetCredentials(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var password = TemporaryPassword.Create();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(HttpContext, user.UserName!, user.Id, "user.reset-credentials", null, user.Id);
        return View("Password", (user.UserName!, password));
    }

    async Task<bool> ValidAsync(UserForm form)
    {
        form.Roles = form.Roles.Where(Roles.All.Contains).Distinct().ToList();
        var check = await validator.ValidateAsync(form);
        if (!check.IsValid) check.AddToModelState(ModelState);
        if (form.DepartmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d))
            ModelState.AddModelError(nameof(form.DepartmentId), "所选处室不存在");
        return ModelState.IsValid;
    }

    async Task<UserEditPage> PageAsync(string? id, UserForm form) =>
        new(id, form, (await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new { d.Id, d.Name }).ToListAsync())
            .Select(d => (d.Id, d.Name)).ToList());
}
