using System.Diagnostics;
using System.Net;
using Npgsql;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

public sealed class HealthAndFaultTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task When_the_database_goes_away_pages_answer_503_and_recover_when_it_returns()
    {
        var pgPort = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Port;
        await using var proxy = new TcpProxy(pgPort);
        proxy.Start();
        var proxied = new NpgsqlConnectionStringBuilder(factory.ConnectionString) { Port = proxy.Port, Timeout = 3 }.ConnectionString;
        await using var app = new PortalFactory(factory.DatabaseName, migrateAndSeed: false) { ConnectionOverride = proxied };
        var client = app.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/columns/news")).StatusCode);

        proxy.Stop();
        // A page already in the output cache is still served; one that is not answers 503.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/columns/news")).StatusCode);
        var down = await client.GetAsync("/columns/notices");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var html = await down.Content.ReadAsStringAsync();
        Assert.Contains("服务暂时不可用", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.DoesNotContain("Exception", html);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        await using var back = new TcpProxy(pgPort, proxy.Port);
        back.Start();
        HttpStatusCode status = default;
        for (var i = 0; i < 20 && status != HttpStatusCode.OK; i++)
        {
            status = (await client.GetAsync("/columns/notices")).StatusCode;
            if (status != HttpStatusCode.OK) await Task.Delay(250);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Start_up_with_an_unreachable_database_exits_non_zero_with_one_clear_line()
    {
        var dll = typeof(Program).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        psi.Environment["ConnectionStrings__Portal"] = "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=secret-value;Timeout=2";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the portal did not exit");
        var output = await stdout + await stderr;

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Cannot use the database x@127.0.0.1:1/x", output);
        Assert.Contains("ConnectionStrings__Portal", output);
        Assert.DoesNotContain("secret-value", output);
        Assert.DoesNotContain("   at ", output);
    }
}
