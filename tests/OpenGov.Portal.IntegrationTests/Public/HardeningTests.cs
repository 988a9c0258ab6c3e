using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class HardeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/columns/news")]
    [InlineData("/admin/account/login")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Back_office_pages_are_never_cached()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/admin/account/login");
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/search?q=%C3%28")]
    [InlineData("/columns/news?page=%FF%FE")]
    [InlineData("/?x%00=1")]
    public async Task Nul_or_invalid_utf8_in_the_query_answers_400(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Nul_or_invalid_utf8_in_a_form_answers_400_never_500()
    {
        var client = factory.CreateAnonymousClient();
        var token = await client.AntiforgeryTokenAsync("/admin/account/login");

        var urlencoded = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&UserName=a%00b&Password=x",
            Encoding.ASCII, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/admin/account/login", urlencoded)).StatusCode);

        var badUtf8 = new ByteArrayContent([.. Encoding.ASCII.GetBytes("UserName="), 0xC3, 0x28, .. Encoding.ASCII.GetBytes("&Password=x")]);
        badUtf8.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/admin/account/login", badUtf8)).StatusCode);

        var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("evil\0name"), "UserName" },
            { new StringContent("x"), "Password" },
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/admin/account/login", multipart)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/columns/news")]
    [InlineData("DELETE", "/items/1")]
    public async Task Methods_a_page_does_not_serve_answer_405(string method, string url)
    {
        var response = await factory.CreateAnonymousClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_public_site_is_not_cached_with_a_staff_cookie_and_sends_no_server_banner()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/health/live");
        Assert.False(response.Headers.Contains("Server"));
    }
}

public sealed class RateLimitedFactory : PortalFactory
{
    public RateLimitedFactory()
    {
        With("RateLimits:Enabled", "true");
        With("RateLimits:LoginPerMinute", "3");
        With("RateLimits:SearchBurst", "5");
        With("RateLimits:SearchPerSecond", "1");
    }
}

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task A_burst_of_sign_in_attempts_gets_429_with_retry_after_and_a_styled_page()
    {
        var client = factory.CreateAnonymousClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
            last = await client.SubmitAsync("/admin/account/login", new Dictionary<string, string> { ["UserName"] = "nobody", ["Password"] = "Wrong#Password1" });
        Assert.Equal((HttpStatusCode)429, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter is not null);
        Assert.Contains("请求过于频繁", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_burst_of_searches_gets_429()
    {
        var client = factory.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) statuses.Add((await client.GetAsync("/search?q=专利")).StatusCode);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains((HttpStatusCode)429, statuses);
    }
}

public sealed class OversizedFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_form_with_too_many_fields_answers_400_with_the_styled_page()
    {
        var fields = Enumerable.Range(0, 6000).Select(i => new KeyValuePair<string, string>($"f{i}", "1"));
        var response = await factory.CreateAnonymousClient().PostAsync("/admin/account/login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无效", await response.Content.ReadAsStringAsync());
    }
}
