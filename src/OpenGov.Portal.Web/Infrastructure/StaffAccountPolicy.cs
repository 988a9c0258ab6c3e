using Microsoft.AspNetCore.Identity;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Before any back-office action: disabled accounts are signed out; accounts that must change their
/// password (first login, expired rotation period) or have not enrolled in two-factor authentication
/// are sent to do so. The account pages themselves are exempt.
/// </summary>
public sealed class StaffAccountPolicy(RequestDelegate next, IConfiguration configuration)
{
    public const string PasswordPath = "/admin/account/password";
    public const string TwoFactorPath = "/admin/account/two-factor";

    public async Task InvokeAsync(HttpContext context, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, TimeProvider clock)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/admin") || path.StartsWithSegments("/admin/account") || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var user = await users.GetUserAsync(context.User);
        if (user is null || user.IsDisabled)
        {
            await signIn.SignOutAsync();
            context.Response.Redirect("/admin/account/login");
            return;
        }
        if (configuration.GetValue("Security:ForcePasswordChange", true) && MustChangePassword(user, clock))
        {
            context.Response.Redirect(PasswordPath);
            return;
        }
        if (configuration.GetValue("Security:RequireTwoFactor", true) && !user.TwoFactorEnabled)
        {
            context.Response.Redirect(TwoFactorPath);
            return;
        }
        await next(context);
    }

    bool MustChangePassword(StaffUser user, TimeProvider clock)
    {
        if (user.MustChangePassword) return true;
        var maxAge = configuration.GetValue("Security:PasswordMaxAgeDays", 0);
        return maxAge > 0 && user.PasswordChangedAt is { } changed && clock.GetUtcNow() - changed > TimeSpan.FromDays(maxAge);
    }
}
