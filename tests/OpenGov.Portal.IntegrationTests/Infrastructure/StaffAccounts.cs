using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Extra staff accounts for tests (a second leader, a person holding two roles). Made directly with the
/// user manager, as test setup: this also allows a combination that 三员分立 forbids in user administration
/// (an administrator who is also a reviewer), to show the workflow refuses it anyway.
/// </summary>
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
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }
}
