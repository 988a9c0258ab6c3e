using Microsoft.Playwright;
using OpenGov.Portal.BrowserTests.Infrastructure;
using OpenGov.Portal.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace OpenGov.Portal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StaffJourneys(BrowserPortal portal)
{
    [Fact]
    public Task Reviewer_signs_in_after_a_wrong_password_and_reaches_the_dashboard() => portal.RunJourneyAsync(async journey =>
    {
        var reviewer = await journey.NewVisitorAsync("reviewer");
        var login = await StaffLoginPage.OpenAsync(reviewer);

        await login.UserName.FillAsync("reviewer");
        await login.Password.FillAsync("not-the-password");
        await login.SignInButton.ClickAsync();
        login = await StaffLoginPage.ArriveAsync(reviewer);
        await Expect(login.Errors.First).ToContainTextAsync("用户名或密码不正确");
        await Expect(login.UserName).ToHaveValueAsync("reviewer");

        var dashboard = await login.SignInAsync("reviewer", StaffLoginPage.DemoPassword);
        await Expect(dashboard.Heading).ToHaveTextAsync("工作台");
        await Expect(dashboard.Navigation).ToContainTextAsync("保密审查");

        login = await dashboard.SignOutAsync();
        await Expect(login.SignInButton).ToBeVisibleAsync();
    });

    [Fact]
    public Task Back_office_sends_a_signed_out_visitor_to_the_login_page() => portal.RunJourneyAsync(async journey =>
    {
        var visitor = await journey.NewVisitorAsync("anonymous");
        await visitor.GotoAsync("/admin");
        var login = await StaffLoginPage.ArriveAsync(visitor);

        var dashboard = await login.SignInAsync("leader");
        await Expect(dashboard.Navigation).ToContainTextAsync("领导签发");
    });

    [Fact]
    public Task Author_signed_in_sees_the_drafting_entry_and_can_go_to_the_public_site() => portal.RunJourneyAsync(async journey =>
    {
        var dashboard = await journey.StaffSignedInAsync("author");
        await Expect(dashboard.Navigation).ToContainTextAsync("信息起草");
        await Expect(dashboard.Navigation).Not.ToContainTextAsync("领导签发");

        var home = await dashboard.ViewPublicSiteAsync();
        await Expect(home.Block("省局动态")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Administrator_creates_a_user_after_fixing_the_form() => portal.RunJourneyAsync(async journey =>
    {
        var dashboard = await journey.StaffSignedInAsync("admin");
        var users = await dashboard.OpenUserManagementAsync();
        await Expect(users.Row("reviewer")).ToHaveCountAsync(1);

        var form = await users.NewUserAsync();
        await form.UserName.FillAsync("author9");
        form = await form.SaveExpectingErrorsAsync();
        await Expect(form.FieldErrors.Filter(new() { HasText = "请输入姓名" })).ToHaveCountAsync(1);
        await Expect(form.UserName).ToHaveValueAsync("author9");

        await form.DisplayName.FillAsync("李新");
        await form.Role("信息员").CheckAsync();
        await form.Department.SelectOptionAsync(new SelectOptionValue { Label = "综合协调处" });
        var created = await form.CreateAsync();
        await Expect(created.Password).Not.ToBeEmptyAsync();

        users = await created.BackToUsersAsync();
        await Expect(users.Row("author9")).ToContainTextAsync("待改密码");
    });

    [Fact]
    public Task Staff_member_sees_password_change_messages_and_the_two_factor_setup() => portal.RunJourneyAsync(async journey =>
    {
        var dashboard = await journey.StaffSignedInAsync("auditor");

        var change = await ChangePasswordPage.OpenAsync(dashboard.Visitor);
        await change.CurrentPassword.FillAsync(StaffLoginPage.DemoPassword);
        await change.NewPassword.FillAsync("Another#Passw0rd2026");
        await change.ConfirmPassword.FillAsync("Different#Passw0rd2026");
        change = await change.SubmitExpectingErrorsAsync();
        await Expect(change.FieldErrors.Filter(new() { HasText = "两次输入的新密码不一致" })).ToHaveCountAsync(1);

        var twoFactor = await TwoFactorSetupPage.OpenAsync(dashboard.Visitor);
        await Expect(twoFactor.QrCode).ToBeVisibleAsync();
        await Expect(twoFactor.SharedKey).Not.ToBeEmptyAsync();
        await Expect(twoFactor.Code).ToBeEditableAsync();
    });
}
