using System.Text;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.UnitTests.Content;

public sealed class AuditCsvTests
{
    static async IAsyncEnumerable<AuditRecord> Records(params AuditRecord[] records)
    {
        foreach (var r in records) yield return r;
        await Task.CompletedTask;
    }

    static async Task<string> WriteAsync(params AuditRecord[] records)
    {
        using var stream = new MemoryStream();
        await AuditCsv.WriteAsync(stream, Records(records), CancellationToken.None);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    static AuditRecord Record(string? reason) => new()
    {
        Sequence = 7, OccurredAt = new DateTimeOffset(2026, 3, 1, 1, 2, 3, TimeSpan.Zero), ActorId = "u1", ActorName = "王静",
        Action = "edition.return", EntityType = "Edition", EntityId = "12", FromState = "Submitted", ToState = "Returned", Reason = reason,
        PreviousHash = "aa", Hash = "bb",
    };

    [Fact]
    public async Task Writes_a_Chinese_header_and_times_in_China_Standard_Time()
    {
        var lines = (await WriteAsync(Record("请补充文号"))).Split("\r\n");
        Assert.Equal(string.Join(',', AuditCsv.Header), lines[0]);
        Assert.Equal("7,2026-03-01 09:02:03,u1,王静,,edition.return,Edition,12,Submitted,Returned,请补充文号,aa,bb", lines[1]);
    }

    [Theory]
    [InlineData("含,逗号", "\"含,逗号\"")]
    [InlineData("含\"引号\"", "\"含\"\"引号\"\"\"")]
    [InlineData("两行\n文字", "\"两行\n文字\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public async Task Quotes_what_needs_quoting_and_defuses_formulas(string reason, string cell) =>
        Assert.Contains("," + cell + ",aa,bb", await WriteAsync(Record(reason)));
}
