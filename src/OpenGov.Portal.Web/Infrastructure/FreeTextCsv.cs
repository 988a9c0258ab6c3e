using System.Globalization;
using System.Text;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Free-text survey answers as CSV: UTF-8 with a BOM (so spreadsheet programs read the Chinese), RFC 4180 quoting.</summary>
public static class FreeTextCsv
{
    public sealed record Row(long ResponseId, DateTimeOffset SubmittedAt, int QuestionNumber, string Question, string Answer);

    public static byte[] Write(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder();
        sb.Append("问卷编号,提交时间,题号,问题,回答\r\n");
        foreach (var r in rows)
        {
            sb.Append(r.ResponseId.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Cst.DateTime(r.SubmittedAt)).Append(',')
              .Append(r.QuestionNumber.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Field(r.Question)).Append(',')
              .Append(Field(r.Answer)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>Quotes the field; a leading =, +, - or @ gets an apostrophe so a spreadsheet does not run it as a formula.</summary>
    public static string Field(string value)
    {
        var v = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
