using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using System.Globalization;
using Npgsql;
using OpenGov.Portal.DataGenerator;
using OpenGov.Portal.Infrastructure;

// OpenGov.Portal data generator and latency benchmark (see docs/performance.md and src/scripts/benchmark-search.sh).
//   generate --connection "<superuser connection string>" --count 100000 [--seed 42]
//   measure  --url http://127.0.0.1:5099 [--rounds 20] [--out results.md]
//   explain  --url http://127.0.0.1:5099 --connection "<cs>"   (marks each URL in the PostgreSQL log for auto_explain)
var options = Options.Parse(args);
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

switch (options.Command)
{
    case "generate":
    {
        var connection = options.Require("connection");
        var count = int.Parse(options.Get("count") ?? "100000", CultureInfo.InvariantCulture);
        var seed = int.Parse(options.Get("seed") ?? "42", CultureInfo.InvariantCulture);
        Console.WriteLine("Migrating and loading the demo bureau, accounts and content...");
        if (!await PrepareAsync(connection)) return 2;
        Console.WriteLine($"Generating {count:N0} published items (seed {seed})...");
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString);
        await new BulkLoader(dataSource, Console.Out).LoadAsync(count, seed, cts.Token);
        return 0;
    }
    case "measure":
    {
        using var http = new HttpClient { BaseAddress = new Uri(options.Require("url")), Timeout = TimeSpan.FromSeconds(60) };
        var benchmark = new LatencyBenchmark(http, Console.Out);
        var rounds = int.Parse(options.Get("rounds") ?? "20", CultureInfo.InvariantCulture);
        Console.WriteLine("Measuring (sequential requests, output cache off)...");
        var rows = await benchmark.RunAsync(rounds, cts.Token);
        var table = LatencyBenchmark.Markdown(rows);
        Console.WriteLine();
        Console.WriteLine(table);
        if (options.Get("out") is { } file) await File.WriteAllTextAsync(file, table, cts.Token);
        return 0;
    }
    case "explain":
    {
        // Run with auto_explain.log_min_duration = 0: each URL's queries and plans land in the server log after a marker line.
        using var http = new HttpClient { BaseAddress = new Uri(options.Require("url")), Timeout = TimeSpan.FromSeconds(60) };
        await using var dataSource = NpgsqlDataSource.Create(options.Require("connection"));
        await new LatencyBenchmark(http, Console.Out).ExplainPassAsync(dataSource, LatencyBenchmark.ExplainUrls, cts.Token);
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: generate --connection CS --count N [--seed S] | measure --url URL [--rounds R] [--out FILE] | explain --url URL --connection CS");
        return 1;
}

static async Task<bool> PrepareAsync(string connection)
{
    var builder = WebApplication.CreateBuilder();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Portal"] = connection,
        ["Database:MigrateOnStartup"] = "true",
        ["Portal:DemoData"] = "true",
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
    builder.Services.AddPortalData(builder.Configuration);
    builder.Services.AddPortalIdentity(builder.Configuration);
    await using var app = builder.Build();
    return await app.PrepareDatabaseAsync();
}

sealed record Options(string Command, Dictionary<string, string> Values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        return new Options(args.Length > 0 ? args[0] : "", values);
    }

    public string? Get(string name) => Values.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");
}
