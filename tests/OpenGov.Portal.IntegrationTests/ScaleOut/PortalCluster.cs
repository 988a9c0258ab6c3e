using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.ScaleOut;

/// <summary>
/// Several real portal processes on one test database: Debian's redis-server on a free loopback port,
/// instances A and B sharing it as their output-cache store, instance C without Redis (eviction reaches it
/// over PostgreSQL LISTEN/NOTIFY), and an in-process writer instance on the same database and Redis.
/// Everything started here is stopped in <see cref="DisposeAsync"/>.
/// </summary>
public sealed class PortalCluster : IAsyncLifetime
{
    readonly List<Process> processes = [];
    readonly string redisDir = Directory.CreateTempSubdirectory("og-redis").FullName;
    int redisPort;

    public string Database { get; private set; } = "";
    public string ConnectionString => TestDatabase.ConnectionStringFor(Database);
    public string RedisConnection => $"127.0.0.1:{redisPort}";
    public Uri A { get; private set; } = null!;
    public Uri B { get; private set; } = null!;
    public Uri C { get; private set; } = null!;

    /// <summary>Publishes through the real domain and its cache invalidator (same database and Redis as A and B).</summary>
    public PortalFactory Writer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("og_scale");
        redisPort = FreePort();
        var redis = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") ?? "redis-server";
        Run(redis, ["--port", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--daemonize", "yes",
            "--dir", redisDir, "--pidfile", Path.Combine(redisDir, "redis.pid"), "--logfile", Path.Combine(redisDir, "redis.log"),
            "--save", "", "--appendonly", "no"]);

        A = StartPortal(redis: true);
        B = StartPortal(redis: true);
        C = StartPortal(redis: false);
        await Task.WhenAll(WaitReadyAsync(A), WaitReadyAsync(B), WaitReadyAsync(C));

        Writer = new PortalFactory(Database, migrateAndSeed: false)
            .With("ConnectionStrings:Redis", RedisConnection)
            .With("Publishing:Scheduler:Enabled", "false");
        Writer.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        _ = Writer.Server;
    }

    Uri StartPortal(bool redis)
    {
        var port = FreePort();
        var repo = DockerComposeTests.FindRepo();
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var project = Path.Combine(repo, "src", "OpenGov.Portal.Web");
        var dll = Path.Combine(project, "bin", config, "net10.0", "OpenGov.Portal.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"Portal not built: {dll}");
        var psi = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ConnectionStrings__Portal"] = ConnectionString;
        psi.Environment["ConnectionStrings__Redis"] = redis ? RedisConnection : "";
        psi.Environment["Security__RequireTwoFactor"] = "false";
        psi.Environment["Security__ForcePasswordChange"] = "false";
        psi.Environment["RateLimits__Enabled"] = "false";
        psi.Environment["Publishing__Scheduler__IntervalSeconds"] = "1";
        psi.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        processes.Add(p);
        return new Uri($"http://127.0.0.1:{port}");
    }

    public static HttpClient Client(Uri instance, bool cookies = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer() })
        {
            BaseAddress = instance,
            Timeout = TimeSpan.FromSeconds(30),
        };

    static async Task WaitReadyAsync(Uri instance)
    {
        using var client = Client(instance);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"portal at {instance} did not become ready");
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var p in processes)
        {
            try
            {
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            p.Dispose();
        }
        if (Writer is not null) await ((IAsyncLifetime)Writer).DisposeAsync();
        if (redisPort != 0)
        {
            try
            {
                Run("redis-cli", ["-p", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "shutdown", "nosave"]);
            }
            catch (InvalidOperationException)
            {
                // redis was not running.
            }
        }
        try
        {
            Directory.Delete(redisDir, recursive: true);
        }
        catch (IOException)
        {
            // Left in /tmp.
        }
        if (Database.Length > 0) await TestDatabase.DropAsync(Database);
    }

    static void Run(string file, string[] args)
    {
        var cliDir = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") is { } server && file == "redis-cli"
            ? Path.Combine(Path.GetDirectoryName(server)!, "redis-cli") : file;
        using var p = Process.Start(new ProcessStartInfo(cliDir, args) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException(file + " did not start");
        p.WaitForExit(15000);
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {p.StandardError.ReadToEnd()}");
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
