using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;

namespace OpenGov.Portal.UnitTests.Domain;

public sealed class RoleRulesTests
{
    [Theory]
    [InlineData("Author")]
    [InlineData("Author,Reviewer")]
    [InlineData("Reviewer,Leader")]
    [InlineData("Administrator")]
    [InlineData("Auditor")]
    public void Roles_of_one_group_may_be_combined(string roles) => Assert.Null(RoleRules.Check(roles.Split(',')));

    [Theory]
    [InlineData("Administrator,Reviewer")]
    [InlineData("Administrator,Leader")]
    [InlineData("Administrator,Auditor")]
    [InlineData("Auditor,Leader")]
    [InlineData("Auditor,Author")]
    public void Administration_approval_and_audit_cannot_share_an_account(string roles) =>
        Assert.Contains("三员分立", RoleRules.Check(roles.Split(',')));

    [Fact]
    public void No_role_or_an_unknown_role_is_refused()
    {
        Assert.NotNull(RoleRules.Check([]));
        Assert.NotNull(RoleRules.Check(["Superuser"]));
    }
}
