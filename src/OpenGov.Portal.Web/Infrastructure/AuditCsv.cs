using System.Globalization;
using System.Text;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Writes audit records as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read the Chinese).</summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["序号", "时间(北京时间)", "操作人ID", "操作人", "IP地址", "操作", "对象类型", "对象ID", "原状态", "新状态", "原因/说明", "前一哈希", "哈希"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRecord> records, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var r in records.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(
            [
                r.Sequence.ToString(CultureInfo.InvariantCulture), Cst.ToCst(r.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.ActorId, r.ActorName, r.ClientIp, r.Action, r.EntityType, r.EntityId, r.FromState, r.ToState, r.Reason, r.PreviousHash, r.Hash,
            ]));
        }
        await writer.FlushAsync(ct);
    }

    static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // A leading = + - @ would make a spreadsheet evaluate the cell as a formula.
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
