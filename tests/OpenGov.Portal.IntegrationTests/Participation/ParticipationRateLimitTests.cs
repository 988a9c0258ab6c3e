using System.Net;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Participation;

/// <summary>The portal with rate limits on and a small participation limit: three posts per policy per client.</summary>
public sealed class ParticipationRateLimitedFactory : PortalFactory
{
    public ParticipationRateLimitedFactory()
    {
        With("RateLimits:Enabled", "true");
        With("RateLimits:PublicPostsPerMinute", "1000");
        With("Participation:RateLimit:SubmitPermitLimit", "3");
        With("Participation:RateLimit:SubmitWindowSeconds", "300");
        With("Participation:RateLimit:LookupPermitLimit", "3");
        With("Participation:RateLimit:LookupWindowSeconds", "300");
    }
}

public sealed class ParticipationRateLimitTests(ParticipationRateLimitedFactory factory) : IClassFixture<ParticipationRateLimitedFactory>
{
    [Fact]
    public async Task A_burst_of_submissions_gets_429_with_Retry_After_and_a_Chinese_page()
    {
        var client = factory.CreateAnonymousClient();
        for (var i = 0; i < 3; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.SubmitAsync("/feedback/new", Steps.Letter($"限流测试{i}"))).StatusCode);

        var refused = await client.SubmitAsync("/ysqgk/apply/person", Steps.PersonApplication("限流测试申请"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 300);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("请求过于频繁", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));

        // Reading is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feedback/new")).StatusCode);
        Assert.Equal(3, await factory.DbAsync(db => Task.FromResult(db.FeedbackLetters.Count(l => l.Subject.StartsWith("限流测试")))));
    }

    [Fact]
    public async Task Guessing_tracking_codes_is_limited()
    {
        var client = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.SubmitAsync("/feedback/query", new Dictionary<string, string> { ["Code"] = "2345-6789-ABC" + "DEFGH"[i] })).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
