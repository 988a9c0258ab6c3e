using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.Infrastructure;

public static class IdentitySetup
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection()
            .SetApplicationName("OpenGov.Portal")
            .PersistKeysToDbContext<PortalDbContext>();

        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = configuration.GetValue("Security:PasswordMinLength", 12);
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:LockoutFailures", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/account/login";
            o.LogoutPath = "/admin/account/logout";
            o.AccessDeniedPath = "/admin/account/denied";
            o.Cookie.Name = "og.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
            o.SlidingExpiration = true;
        });
        return services;
    }
}
