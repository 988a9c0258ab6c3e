using System.Net;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

public sealed class SmokeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/hudong")]
    [InlineData("/feedback")]
    [InlineData("/feedback/new")]
    [InlineData("/feedback/query")]
    [InlineData("/surveys")]
    [InlineData("/ysqgk")]
    [InlineData("/ysqgk/apply/person")]
    [InlineData("/ysqgk/apply/organisation")]
    [InlineData("/ysqgk/query")]
    [InlineData("/api/feedback")]
    public async Task Public_pages_answer(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 3000)]}");
    }

    [Theory]
    [InlineData("author", "/admin/participation")]
    [InlineData("author", "/admin/feedback")]
    [InlineData("author", "/admin/surveys")]
    [InlineData("author", "/admin/applications")]
    [InlineData("author", "/admin")]
    [InlineData("reviewer", "/admin/feedback/review")]
    [InlineData("leader", "/admin/applications")]
    [InlineData("admin", "/admin/calendar?year=2012")]
    [InlineData("admin", "/admin/blocked-words")]
    public async Task Admin_pages_answer(string user, string url)
    {
        var response = await factory.CreateClientAs(user).GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 3000)]}");
    }
}
