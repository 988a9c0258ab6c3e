using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.DataGenerator;

/// <summary>
/// Loads N generated published items with Npgsql binary COPY into publications, editions and attachments, then
/// publication_search with rows computed in C# the way the triggers' SQL computes them (SearchRowText), and
/// brings index counters, identity sequences and statistics up to date.
/// Needs a superuser connection: the COPY runs with session_replication_role = replica so that the circular
/// publications/editions foreign keys and the per-row triggers are checked and applied in bulk instead.
/// </summary>
public sealed class BulkLoader(NpgsqlDataSource dataSource, TextWriter log)
{
    sealed record Staff(string Id, string Name);

    public async Task LoadAsync(int count, int seed, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var vocabulary = new Vocabulary();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        if (!await ScalarAsync<bool>(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", ct))
            throw new InvalidOperationException("The generator needs a superuser connection (it loads with session_replication_role = replica).");

        var columns = await MapAsync(conn, "SELECT slug, id FROM site_columns", ct);
        var departments = await MapAsync(conn, "SELECT code, id FROM departments", ct);
        var authors = new Dictionary<int, Staff>();
        await using (var cmd = new NpgsqlCommand("""SELECT department_id, id, display_name FROM "AspNetUsers" WHERE user_name LIKE 'author%' AND department_id IS NOT NULL ORDER BY user_name""", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) authors.TryAdd(r.GetInt32(0), new Staff(r.GetString(1), r.GetString(2)));
        var reviewer = await StaffAsync(conn, "reviewer", ct);
        var leader = await StaffAsync(conn, "leader", ct);
        var orgCode = await ScalarAsync<string>(conn, "SELECT code FROM organisations ORDER BY id LIMIT 1", ct);
        var counters = new Dictionary<int, long>();
        await using (var cmd = new NpgsqlCommand("SELECT year, last_value FROM index_counters", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) counters[r.GetInt32(0)] = r.GetInt64(1);
        var firstPublication = await ScalarAsync<int>(conn, "SELECT coalesce(max(id), 0) + 1 FROM publications", ct);
        var firstEdition = await ScalarAsync<int>(conn, "SELECT coalesce(max(id), 0) + 1 FROM editions", ct);

        var to = DateTimeOffset.UtcNow.AddDays(-1);
        var from = Cst.FromCstLocal(new DateTime(2005, 1, 1, 9, 0, 0, DateTimeKind.Unspecified));
        GeneratedItem Item(int i) => GeneratedItem.Make(vocabulary, seed, i, count, from, to);
        var indexNumbers = new string[count];

        var sw = Stopwatch.StartNew();
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await ExecuteAsync(conn, "SET LOCAL session_replication_role = replica", ct);
            var blob = await EnsureBlobAsync(conn, ct);

            using (var w = await conn.BeginBinaryImportAsync("""
                COPY publications (id, kind, column_id, department_id, index_number, live_edition_id, title, summary, document_number, topic,
                                   created_on, validity, disclosure_mode, published_at, updated_at, gone, created_at) FROM STDIN (FORMAT BINARY)
                """, ct))
            {
                for (var i = 0; i < count; i++)
                {
                    var item = Item(i);
                    var sequence = counters[item.Year] = counters.GetValueOrDefault(item.Year) + 1;
                    w.StartRow();
                    w.Write(firstPublication + i, NpgsqlDbType.Integer);
                    w.Write(item.Kind.ToString(), NpgsqlDbType.Varchar);
                    w.Write(columns[item.Column], NpgsqlDbType.Integer);
                    w.Write(departments[item.Department], NpgsqlDbType.Integer);
                    w.Write(indexNumbers[i] = IndexNumber.Format(orgCode, item.Year, sequence), NpgsqlDbType.Varchar);
                    w.Write(firstEdition + i, NpgsqlDbType.Integer);
                    w.Write(item.Title, NpgsqlDbType.Varchar);
                    w.Write(item.Summary, NpgsqlDbType.Varchar);
                    WriteNullable(w, item.DocumentNumber);
                    w.Write(item.Topic, NpgsqlDbType.Varchar);
                    w.Write(item.CreatedOn, NpgsqlDbType.Date);
                    w.Write(item.Validity.ToString(), NpgsqlDbType.Varchar);
                    w.Write(nameof(DisclosureMode.Proactive), NpgsqlDbType.Varchar);
                    w.Write(item.PublishedAt, NpgsqlDbType.TimestampTz);
                    w.Write(item.PublishedAt, NpgsqlDbType.TimestampTz);
                    w.Write(false, NpgsqlDbType.Boolean);
                    w.Write(item.PublishedAt.AddHours(-4), NpgsqlDbType.TimestampTz);
                }
                await w.CompleteAsync(ct);
            }
            log.WriteLine($"  publications: {count:N0} rows in {sw.Elapsed.TotalSeconds:F1} s");

            sw.Restart();
            var attachments = new List<(int Edition, string Name, long Size, DateTimeOffset At, string By)>();
            using (var w = await conn.BeginBinaryImportAsync("""
                COPY editions (id, publication_id, number, status, title, summary, body_html, document_number, topic, created_on, validity,
                               disclosure_mode, author_id, author_name, editor_ids, created_at, updated_at, submitted_at, reviewer_id,
                               reviewer_name, reviewed_at, review_verdict, leader_id, leader_name, signed_off_at, published_at) FROM STDIN (FORMAT BINARY)
                """, ct))
            {
                for (var i = 0; i < count; i++)
                {
                    var item = Item(i);
                    var author = authors.GetValueOrDefault(departments[item.Department]) ?? authors.Values.First();
                    var at = item.PublishedAt;
                    w.StartRow();
                    w.Write(firstEdition + i, NpgsqlDbType.Integer);
                    w.Write(firstPublication + i, NpgsqlDbType.Integer);
                    w.Write(1, NpgsqlDbType.Integer);
                    w.Write(nameof(EditionStatus.Published), NpgsqlDbType.Varchar);
                    w.Write(item.Title, NpgsqlDbType.Varchar);
                    w.Write(item.Summary, NpgsqlDbType.Varchar);
                    w.Write(item.BodyHtml, NpgsqlDbType.Varchar);
                    WriteNullable(w, item.DocumentNumber);
                    w.Write(item.Topic, NpgsqlDbType.Varchar);
                    w.Write(item.CreatedOn, NpgsqlDbType.Date);
                    w.Write(item.Validity.ToString(), NpgsqlDbType.Varchar);
                    w.Write(nameof(DisclosureMode.Proactive), NpgsqlDbType.Varchar);
                    w.Write(author.Id, NpgsqlDbType.Varchar);
                    w.Write(author.Name, NpgsqlDbType.Varchar);
                    w.Write(new[] { author.Id }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                    w.Write(at.AddHours(-4), NpgsqlDbType.TimestampTz);
                    w.Write(at, NpgsqlDbType.TimestampTz);
                    w.Write(at.AddHours(-3), NpgsqlDbType.TimestampTz);
                    w.Write(reviewer.Id, NpgsqlDbType.Varchar);
                    w.Write(reviewer.Name, NpgsqlDbType.Varchar);
                    w.Write(at.AddHours(-2), NpgsqlDbType.TimestampTz);
                    w.Write(nameof(ReviewVerdict.NotClassified), NpgsqlDbType.Varchar);
                    w.Write(leader.Id, NpgsqlDbType.Varchar);
                    w.Write(leader.Name, NpgsqlDbType.Varchar);
                    w.Write(at, NpgsqlDbType.TimestampTz);
                    w.Write(at, NpgsqlDbType.TimestampTz);
                    if (item.HasAttachment)
                        attachments.Add((firstEdition + i, (item.Title.Length > 60 ? item.Title[..60] : item.Title) + ".pdf", 20_000 + item.Index % 900_000, at, author.Id));
                }
                await w.CompleteAsync(ct);
            }
            log.WriteLine($"  editions: {count:N0} rows in {sw.Elapsed.TotalSeconds:F1} s");

            sw.Restart();
            using (var w = await conn.BeginBinaryImportAsync(
                "COPY attachments (edition_id, file_name, content_type, size, sha256, uploaded_at, uploaded_by_id, sort_order) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var a in attachments)
                {
                    w.StartRow();
                    w.Write(a.Edition, NpgsqlDbType.Integer);
                    w.Write(a.Name, NpgsqlDbType.Varchar);
                    w.Write("application/pdf", NpgsqlDbType.Varchar);
                    w.Write(a.Size, NpgsqlDbType.Bigint);
                    w.Write(blob, NpgsqlDbType.Varchar);
                    w.Write(a.At, NpgsqlDbType.TimestampTz);
                    w.Write(a.By, NpgsqlDbType.Varchar);
                    w.Write(0, NpgsqlDbType.Integer);
                }
                await w.CompleteAsync(ct);
            }
            log.WriteLine($"  attachments: {attachments.Count:N0} rows in {sw.Elapsed.TotalSeconds:F1} s");

            foreach (var (year, last) in counters)
                await ExecuteAsync(conn, $"""
                    INSERT INTO index_counters (year, last_value) VALUES ({year}, {last})
                    ON CONFLICT (year) DO UPDATE SET last_value = GREATEST(index_counters.last_value, EXCLUDED.last_value)
                    """, ct);
            foreach (var table in new[] { "publications", "editions", "attachments" })
                await ExecuteAsync(conn, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", ct);
            await tx.CommitAsync(ct);
        }

        // Building the GIN index once at the end is much cheaper than maintaining it row by row.
        sw.Restart();
        var gin = await ScalarAsync<string?>(conn, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_publication_search_vector'", ct);
        if (gin is not null) await ExecuteAsync(conn, "DROP INDEX ix_publication_search_vector", ct);
        await CopySearchRowsAsync(conn, count, i => (firstPublication + i, Item(i), indexNumbers[i]), columns, departments, ct);
        log.WriteLine($"  publication_search: {count:N0} rows computed and copied in {sw.Elapsed.TotalSeconds:F1} s");
        if (gin is not null)
        {
            sw.Restart();
            await ExecuteAsync(conn, "SET maintenance_work_mem = '512MB'", ct);
            await ExecuteAsync(conn, gin, ct);
            log.WriteLine($"  search index (GIN): built in {sw.Elapsed.TotalSeconds:F1} s");
        }

        sw.Restart();
        await ExecuteAsync(conn, "VACUUM (ANALYZE) publications, editions, attachments, publication_search", ct);
        log.WriteLine($"  vacuum analyze: {sw.Elapsed.TotalSeconds:F1} s");
        log.WriteLine($"Loaded {count:N0} items in {total.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>
    /// The search rows, computed in C# exactly as the triggers' SQL computes them (<see cref="SearchRowText"/>, checked
    /// against the database by SearchRowTextTests), on every core, and written with one text COPY.
    /// </summary>
    async Task CopySearchRowsAsync(NpgsqlConnection conn, int count, Func<int, (int Id, GeneratedItem Item, string IndexNumber)> source,
        Dictionary<string, int> columns, Dictionary<string, int> departments, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecuteAsync(conn, "SET LOCAL session_replication_role = replica", ct);
        await using (var w = await conn.BeginTextImportAsync(
            "COPY publication_search (publication_id, column_id, department_id, year, published_at, vector, content) FROM STDIN", ct))
        {
            const int batch = 5_000;
            var computing = new Stopwatch();
            for (var start = 0; start < count; start += batch)
            {
                computing.Start();
                var lines = Enumerable.Range(start, Math.Min(batch, count - start)).AsParallel().AsOrdered().WithCancellation(ct)
                    .Select(i => SearchLine(source(i), columns, departments)).ToList();
                computing.Stop();
                foreach (var line in lines) await w.WriteAsync(line);
                if ((start + batch) % 100_000 == 0) log.WriteLine($"    search rows: {start + batch:N0} (computing them took {computing.Elapsed.TotalSeconds:F1} s so far)");
            }
        }
        await tx.CommitAsync(ct);
    }

    static string SearchLine((int Id, GeneratedItem Item, string IndexNumber) row, Dictionary<string, int> columns, Dictionary<string, int> departments)
    {
        var (id, item, indexNumber) = row;
        var vector = SearchRowText.Vector(item.Title, item.DocumentNumber, indexNumber, item.Summary, item.BodyHtml);
        var content = SearchRowText.Content(item.Title, item.DocumentNumber, indexNumber, item.Summary, item.BodyHtml);
        return string.Join('\t',
            id.ToString(CultureInfo.InvariantCulture),
            columns[item.Column].ToString(CultureInfo.InvariantCulture),
            departments[item.Department].ToString(CultureInfo.InvariantCulture),
            Cst.ToCst(item.PublishedAt).Year.ToString(CultureInfo.InvariantCulture),
            item.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture),
            CopyText(vector),
            CopyText(content)) + "\n";
    }

    /// <summary>A value in COPY's text format: backslash, tab, newline and carriage return escaped.</summary>
    static string CopyText(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    static async Task<string> EnsureBlobAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var data = Encoding.UTF8.GetBytes("%PDF-1.4\n% OpenGov.Portal generated attachment (benchmark data)\n%%EOF\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        await using var cmd = new NpgsqlCommand("INSERT INTO attachment_blobs (sha256, data) VALUES (@s, @d) ON CONFLICT DO NOTHING", conn);
        cmd.Parameters.AddWithValue("s", sha);
        cmd.Parameters.AddWithValue("d", data);
        await cmd.ExecuteNonQueryAsync(ct);
        return sha;
    }

    static void WriteNullable(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Varchar);
    }

    static async Task<Staff> StaffAsync(NpgsqlConnection conn, string userName, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""SELECT id, display_name FROM "AspNetUsers" WHERE user_name = @u""", conn);
        cmd.Parameters.AddWithValue("u", userName);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException($"Demo account '{userName}' is missing; load the demo data first.");
        return new Staff(r.GetString(0), r.GetString(1));
    }

    static async Task<Dictionary<string, int>> MapAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) map[r.GetString(0)] = r.GetInt32(1);
        return map;
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default! : (T)value;
    }

    static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
