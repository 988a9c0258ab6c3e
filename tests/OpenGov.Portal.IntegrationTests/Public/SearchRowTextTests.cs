using Npgsql;
using OpenGov.Portal.Data.Search;
using OpenGov.Portal.IntegrationTests.Infrastructure;

namespace OpenGov.Portal.IntegrationTests.Public;

/// <summary>
/// The bulk loader computes search rows in C# (<see cref="SearchRowText"/>) instead of with the SQL the triggers use;
/// both must give the same vector and text, or generated archives would search differently from real ones.
/// </summary>
public sealed class SearchRowTextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_demo_item_gets_the_vector_and_text_the_database_computed()
    {
        await using var conn = new NpgsqlConnection(factory.ConnectionString);
        await conn.OpenAsync();
        var rows = new List<(int Id, string Title, string? Number, string? Index, string? Summary, string Body, string Vector, string Content)>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT p.id, p.title, p.document_number, p.index_number, p.summary, e.body_html, s.vector::text, s.content
            FROM publication_search s JOIN publications p ON p.id = s.publication_id JOIN editions e ON e.id = p.live_edition_id
            """, conn))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync())
                rows.Add((r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)));
        Assert.True(rows.Count >= 20, $"only {rows.Count} demo search rows");

        foreach (var row in rows)
        {
            var literal = SearchRowText.Vector(row.Title, row.Number, row.Index, row.Summary, row.Body);
            Assert.True(row.Vector == await AsVectorAsync(conn, literal), $"vector of item {row.Id} differs");
            Assert.Equal(row.Content, SearchRowText.Content(row.Title, row.Number, row.Index, row.Summary, row.Body));
        }
    }

    public static TheoryData<string, string?, string?, string?, string> Documents => new()
    {
        { "专利局ISO９００１认证", "黑知发〔２０１２〕３号", "11230000-2012-00001", "关于做好专利代办工作的通知", "<p>正文&amp;附件&lt;一&gt;</p>" },
        { "Café Über 2012年", null, null, null, "" },
        { "单", null, null, "", "<p>&nbsp;&quot;引号&quot; &#39;单&#x27;</p>" },
        { "专利申请", null, null, string.Concat(Enumerable.Repeat("专利申请", 200)), "<p>" + string.Concat(Enumerable.Repeat("专利申请", 200)) + "</p>" },
        { "重复", null, null, null, "<p>" + string.Concat(Enumerable.Repeat("专利申请", 300)) + "</p>" },
        { "长文", null, null, "摘要摘要", "<div>" + string.Concat(Enumerable.Range(0, 9000).Select(i => $"第{i}条规定 ")) + "</div>" },
        { "<script>alert(1)</script> 标题", "A-1", null, "mixed 中English文 abc123def", "<table><tr><td>表格</td></tr></table>" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Hard_cases_match_the_database_functions(string title, string? number, string? index, string? summary, string body)
    {
        await using var conn = new NpgsqlConnection(factory.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT (setweight(og_search_vector(concat_ws(' ', @t::text, @n::text, @i::text)), 'A') || setweight(og_search_vector(@s::text), 'B')
                    || setweight(og_search_vector(og_html_text(@b::text)), 'D'))::text,
                   left(og_search_normalize(concat_ws(E'\n', @t::text, @n::text, @i::text, @s::text, og_html_text(@b::text))), 210000)
            """, conn);
        cmd.Parameters.AddWithValue("t", title);
        cmd.Parameters.AddWithValue("n", (object?)number ?? DBNull.Value);
        cmd.Parameters.AddWithValue("i", (object?)index ?? DBNull.Value);
        cmd.Parameters.AddWithValue("s", (object?)summary ?? DBNull.Value);
        cmd.Parameters.AddWithValue("b", body);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        var (vector, content) = (r.GetString(0), r.GetString(1));
        await r.CloseAsync();

        Assert.Equal(vector, await AsVectorAsync(conn, SearchRowText.Vector(title, number, index, summary, body)));
        Assert.Equal(content, SearchRowText.Content(title, number, index, summary, body));
    }

    static async Task<string> AsVectorAsync(NpgsqlConnection conn, string literal)
    {
        await using var cmd = new NpgsqlCommand("SELECT @v::tsvector::text", conn);
        cmd.Parameters.AddWithValue("v", literal);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
