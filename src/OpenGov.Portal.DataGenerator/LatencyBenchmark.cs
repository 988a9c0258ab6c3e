using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace OpenGov.Portal.DataGenerator;

/// <summary>
/// Sequential HTTP latencies of the running portal (one client, so each figure is the server's own time plus
/// loopback): search by 2-, 3- and 4-character queries, and list pages first and deepest. Prints a Markdown
/// table and writes it to a file. With a connection string it also marks each URL in the PostgreSQL log, so
/// auto_explain's plans can be matched to the pages that ran them.
/// </summary>
public sealed class LatencyBenchmark(HttpClient http, TextWriter log)
{
    public static readonly string[] TwoCharacter = ["专利", "预算", "公开", "审查", "培训", "统计", "评议", "年报", "保密", "代办"];
    public static readonly string[] ThreeCharacter = ["代办处", "宣传周", "专利局", "信息员", "座谈会", "服务中", "知识产", "工作要"];
    public static readonly string[] FourCharacter = ["知识产权", "政务公开", "保密审查", "专利申请", "社会评议", "服务承诺", "工作要点", "统计快报"];

    public static readonly string[] ExplainUrls =
    [
        "/search?q=" + Uri.EscapeDataString("专利"), "/search?q=" + Uri.EscapeDataString("代办处"),
        "/search?q=" + Uri.EscapeDataString("保密审查"), "/columns/news?last=1", "/zwgk?sort=index&last=1",
        "/zwgk?column=policies&validity=repealed",
    ];

    public sealed record Row(string Name, int Samples, double P50, double P95, double Max, string Example);

    public async Task<List<Row>> RunAsync(int rounds, CancellationToken ct)
    {
        var ids = await SampleItemIdsAsync(ct);
        var rows = new List<Row>
        {
            await MeasureAsync("search, 2 characters", TwoCharacter.Select(Search).ToList(), rounds, ct),
            await MeasureAsync("search, 3 characters", ThreeCharacter.Select(Search).ToList(), rounds, ct),
            await MeasureAsync("search, 4 characters", FourCharacter.Select(Search).ToList(), rounds, ct),
            await MeasureAsync("search, 2 characters + column facet", TwoCharacter.Select(q => Search(q) + "&column=news").ToList(), rounds, ct),
            await MeasureAsync("home page", ["/"], rounds * 5, ct),
            await MeasureAsync("column list, first page", ["/columns/news", "/columns/notices", "/columns/policies"], rounds * 3, ct),
            await MeasureAsync("column list, last page", ["/columns/news?last=1", "/columns/notices?last=1", "/columns/policies?last=1"], rounds * 3, ct),
            await MeasureAsync("catalogue, first page", ["/zwgk", "/zwgk?sort=index", "/zwgk?sort=created&dir=asc"], rounds * 3, ct),
            await MeasureAsync("catalogue, last page", ["/zwgk?last=1", "/zwgk?sort=index&last=1", "/zwgk?sort=created&dir=asc&last=1"], rounds * 3, ct),
            await MeasureAsync("catalogue, filtered", ["/zwgk?column=policies&validity=repealed", "/zwgk?department=hebdb&year=2015", "/zwgk?year=2010&sort=index&last=1"], rounds * 3, ct),
            await MeasureAsync("item page", ids.Select(id => $"/items/{id}").ToList(), 1, ct),
            await MeasureAsync("API list, first page", ["/api/v1/items", "/api/v1/items?column=news&limit=50"], rounds * 3, ct),
        };
        return rows;
    }

    static string Search(string q) => "/search?q=" + Uri.EscapeDataString(q);

    async Task<List<int>> SampleItemIdsAsync(CancellationToken ct)
    {
        var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/v1/items?limit=100", ct));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    async Task<Row> MeasureAsync(string name, List<string> urls, int rounds, CancellationToken ct)
    {
        foreach (var url in urls) await FetchAsync(url, ct); // warm-up: JIT, plan caches, shared buffers
        var samples = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var url in urls)
            {
                var sw = Stopwatch.StartNew();
                await FetchAsync(url, ct);
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        }
        samples.Sort();
        var row = new Row(name, samples.Count, Percentile(samples, 0.50), Percentile(samples, 0.95), samples[^1], urls[0]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-38} n={row.Samples,4}  p50={row.P50,7:F1} ms  p95={row.P95,7:F1} ms"));
        return row;
    }

    async Task FetchAsync(string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync(ct);
    }

    static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    public static string Markdown(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| request | samples | p50 ms | p95 ms | max ms | example |");
        sb.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var r in rows)
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Samples} | {r.P50:F1} | {r.P95:F1} | {r.Max:F1} | `{Uri.UnescapeDataString(r.Example)}` |"));
        return sb.ToString();
    }

    /// <summary>Requests each URL once after writing a marker line into the server log (auto_explain then logs each query's plan).</summary>
    public async Task ExplainPassAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> urls, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        foreach (var url in urls)
        {
            await using (var cmd = new NpgsqlCommand("DO $$ BEGIN RAISE LOG 'BENCHMARK-URL %', current_setting('og.bench_url'); END $$", conn))
            {
                await using var set = new NpgsqlCommand("SELECT set_config('og.bench_url', @u, false)", conn);
                set.Parameters.AddWithValue("u", Uri.UnescapeDataString(url));
                await set.ExecuteNonQueryAsync(ct);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await FetchAsync(url, ct);
        }
    }
}
