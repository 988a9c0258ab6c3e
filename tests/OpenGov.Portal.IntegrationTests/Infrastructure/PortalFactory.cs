using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace OpenGov.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a database of its own (a copy of the demo-loaded template). Clients made with
/// <see cref="CreateClientAs"/> are signed in as a demo account through <see cref="TestAuthHandler"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly bool migrateAndSeed;
    readonly Dictionary<string, string?> settings = [];

    public PortalFactory() : this(null, false) { }

    internal PortalFactory(string? database, bool migrateAndSeed)
    {
        DatabaseName = database ?? "";
        this.migrateAndSeed = migrateAndSeed;
    }

    public string DatabaseName { get; private set; }
    public string ConnectionString => TestDatabase.ConnectionStringFor(DatabaseName);
    public string SuperConnectionString => TestDatabase.ConnectionStringFor(DatabaseName, TestDatabase.SuperConnectionString);

    /// <summary>The clock the app sees; tests move it (scheduled publishing, deadlines).</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Overrides a configuration value before the host starts.</summary>
    public PortalFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Points the app at another connection string (e.g. through a proxy) before the host starts.</summary>
    public string? ConnectionOverride { get; set; }

    public virtual async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(DatabaseName)) DatabaseName = await TestDatabase.CreateAsync("og_it");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (!migrateAndSeed) await TestDatabase.DropAsync(DatabaseName);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionOverride ?? ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", migrateAndSeed ? "true" : "false");
        builder.UseSetting("Portal:DemoData", migrateAndSeed ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Feature tests sign in through TestAuthHandler; the account-policy tests turn these back on.
        builder.UseSetting("Security:RequireTwoFactor", "false");
        builder.UseSetting("Security:ForcePasswordChange", "false");
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(TestAuthHandler.PolicyScheme, null, o => o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.Configure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthHandler.PolicyScheme;
                o.DefaultAuthenticateScheme = TestAuthHandler.PolicyScheme;
                o.DefaultChallengeScheme = TestAuthHandler.PolicyScheme;
                o.DefaultForbidScheme = TestAuthHandler.PolicyScheme;
            });
        });
    }

    /// <summary>A client signed in as the demo account <paramref name="userName"/> (author, reviewer, leader, admin, auditor…).</summary>
    public HttpClient CreateClientAs(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, userName);
        return client;
    }

    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
