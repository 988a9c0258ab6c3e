using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Admin;

public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Back_office_pages_send_anonymous_visitors_to_the_login_page()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_demo_account_signs_in_and_the_success_is_audited()
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.SubmitAsync("/admin/account/login",
            new Dictionary<string, string> { ["UserName"] = "reviewer", ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        var dashboard = await client.GetStringAsync("/admin");
        Assert.Contains("王静", dashboard);
        Assert.True(await AuditCountAsync("login.succeeded") >= 1);
    }

    [Fact]
    public async Task Empty_fields_get_Chinese_messages_and_keep_the_user_name()
    {
        var response = await factory.CreateAnonymousClient().SubmitAsync("/admin/account/login",
            new Dictionary<string, string> { ["UserName"] = "leader", ["Password"] = "" });
        var doc = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请输入密码", doc.QuerySelector("#Password-error")!.TextContent);
        Assert.Equal("leader", doc.QuerySelector("input[name=UserName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_each_failure_is_audited()
    {
        var client = factory.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
            await client.SubmitAsync("/admin/account/login", new Dictionary<string, string> { ["UserName"] = "auditor", ["Password"] = "Wrong#Password1" });

        var response = await client.SubmitAsync("/admin/account/login",
            new Dictionary<string, string> { ["UserName"] = "auditor", ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("锁定", await response.Content.ReadAsStringAsync());
        Assert.True(await AuditCountAsync("login.failed") >= 4);
        Assert.True(await AuditCountAsync("login.lockedout") >= 2);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        var response = await factory.CreateAnonymousClient().PostAsync("/admin/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "leader", ["Password"] = DemoUsers.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    async Task<int> AuditCountAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.AuditRecords.CountAsync(a => a.Action == action);
    }
}
