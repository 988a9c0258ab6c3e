using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>Extra staff accounts for tests (a second leader, a person holding two roles), granted their roles through the audited path.</summary>
public static class StaffAccounts
{
    public static async Task CreateStaffAsync(this PortalFactory factory, string userName, string? departmentCode, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        int? dept = departmentCode is null ? null : await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).SingleAsync();
        var user = new StaffUser { UserName = userName, DisplayName = "测试" + userName, DepartmentId = dept, Email = $"{userName}@example.gov.cn" };
        var created = await users.CreateAsync(user, DemoUsers.Password);
        Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Description)));
        var admin = await TestContent.ActorAsync(db, "admin", Roles.Administrator);
        var staffRoles = scope.ServiceProvider.GetRequiredService<StaffRoles>();
        foreach (var role in roles) Assert.True((await staffRoles.GrantAsync(user, role, admin)).Succeeded);
    }
}
