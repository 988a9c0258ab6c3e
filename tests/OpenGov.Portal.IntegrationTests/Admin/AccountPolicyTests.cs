using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGov.Portal.Data.Seed;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.IntegrationTests.Infrastructure;
using OtpNet;

namespace OpenGov.Portal.IntegrationTests.Admin;

/// <summary>The portal with production account rules: two-factor enrolment and first-login password change enforced.</summary>
public sealed class StrictAccountsFactory : PortalFactory
{
    public StrictAccountsFactory()
    {
        With("Security:RequireTwoFactor", "true");
        With("Security:ForcePasswordChange", "true");
    }

    /// <summary>These accounts count as enrolled (as if they had done it before); the others have not.</summary>
    public static readonly string[] Enrolled = ["admin", "auditor", "author5"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await TestDatabase.ExecuteAsync(ConnectionString,
            $"UPDATE \"AspNetUsers\" SET two_factor_enabled = true WHERE user_name IN ({string.Join(",", Enrolled.Select(u => $"'{u}'"))})");
    }
}

public sealed class AccountPolicyTests(StrictAccountsFactory factory) : IClassFixture<StrictAccountsFactory>
{
    static List<KeyValuePair<string, string>> Fields(params (string, string)[] pairs) => pairs.Select(p => KeyValuePair.Create(p.Item1, p.Item2)).ToList();

    async Task<HttpClient> SignInAsync(string user, string password)
    {
        var client = factory.CreateAnonymousClient();
        var response = await client.SubmitAsync("/admin/account/login", Fields(("UserName", user), ("Password", password)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task Staff_must_enrol_in_two_factor_before_any_action_and_then_sign_in_with_a_code()
    {
        var client = await SignInAsync("leader", DemoUsers.Password);
        var dashboard = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/admin/account/two-factor", dashboard.Headers.Location!.OriginalString);

        var setup = await client.GetDocumentAsync("/admin/account/two-factor");
        Assert.NotNull(setup.QuerySelector("svg"));
        var key = setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await client.SubmitAsync("/admin/account/two-factor", Fields(("Code", "000000")));
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync());
        var enrolled = await client.SubmitAsync("/admin/account/two-factor", Fields(("Code", totp.ComputeTotp())));
        var codes = (await Html.ParseAsync(enrolled)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var fresh = factory.CreateAnonymousClient();
        var login = await fresh.SubmitAsync("/admin/account/login", Fields(("UserName", "leader"), ("Password", DemoUsers.Password)));
        Assert.StartsWith("/admin/account/login-2fa", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/admin")).StatusCode);
        var second = await fresh.SubmitAsync("/admin/account/login-2fa", Fields(("RecoveryCode", codes[0])));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/admin", second.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_account_created_by_the_administrator_must_change_its_password_first()
    {
        var admin = factory.CreateClientAs("admin");
        var created = await admin.SubmitAsync("/admin/users/new",
            Fields(("UserName", "newauthor"), ("DisplayName", "新信息员"), ("DepartmentId", "1"), ("Roles", "Author")));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var temporary = (await Html.ParseAsync(created)).QuerySelector("#temporary-password")!.TextContent;

        var client = await SignInAsync("newauthor", temporary);
        var first = await client.GetAsync("/admin");
        Assert.Equal("/admin/account/password", first.Headers.Location!.OriginalString);

        var weak = await client.SubmitAsync("/admin/account/password",
            Fields(("CurrentPassword", temporary), ("NewPassword", "short"), ("ConfirmPassword", "short")));
        Assert.Contains("至少需要 12 个字符", await weak.Content.ReadAsStringAsync());
        var changed = await client.SubmitAsync("/admin/account/password",
            Fields(("CurrentPassword", temporary), ("NewPassword", "Changed#Password2026"), ("ConfirmPassword", "Changed#Password2026")));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/admin/account/two-factor", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_role_page_refuses_combining_administration_approval_and_audit()
    {
        var admin = factory.CreateClientAs("admin");
        var response = await admin.SubmitAsync("/admin/users/new",
            Fields(("UserName", "combo"), ("DisplayName", "兼任者"), ("Roles", "Administrator"), ("Roles", "Auditor")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("三员分立", html);
        Assert.Contains("value=\"combo\"", html);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("combo"));
    }

    [Fact]
    public async Task Only_administrators_manage_users()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("auditor").GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientAs("author5").GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_is_stopped_at_its_next_request()
    {
        var admin = factory.CreateClientAs("admin");
        await using var scope = factory.Services.CreateAsyncScope();
        var author4 = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("author4");
        var disabled = await admin.SubmitAsync($"/admin/users/{author4!.Id}/disable", Fields());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        var response = await SignInFailsAsync("author4");
        Assert.Contains("用户名或密码不正确", response);
    }

    async Task<string> SignInFailsAsync(string user)
    {
        var response = await factory.CreateAnonymousClient().SubmitAsync("/admin/account/login", Fields(("UserName", user), ("Password", DemoUsers.Password)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("//evil.example.com/")]
    [InlineData("https://evil.example.com/admin")]
    [InlineData("/\\evil.example.com")]
    public async Task Sign_in_never_redirects_off_site(string returnUrl)
    {
        var response = await factory.CreateAnonymousClient().SubmitAsync("/admin/account/login",
            Fields(("UserName", "author6"), ("Password", DemoUsers.Password), ("ReturnUrl", returnUrl)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }
}
