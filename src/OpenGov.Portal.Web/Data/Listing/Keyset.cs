using System.Globalization;
using System.Text;

namespace OpenGov.Portal.Data.Listing;

public enum ListSort
{
    /// <summary>Publication date (发布日期).</summary>
    Published,
    /// <summary>Date of creation (生成日期).</summary>
    Created,
    /// <summary>Index number (索引号).</summary>
    IndexNumber,
}

/// <summary>
/// A position in a keyset-paged list: the sort key and id of one row, as an opaque URL-safe token.
/// Keyset paging costs the same on the last page as on the first, unlike OFFSET.
/// </summary>
public sealed record Keyset(ListSort Sort, long Number, string? Text, int Id)
{
    const string Version = "1";

    public static Keyset Of(ListSort sort, DateTimeOffset? publishedAt, DateOnly? createdOn, string? indexNumber, int id) => sort switch
    {
        ListSort.Created => new(sort, createdOn?.DayNumber ?? 0, null, id),
        ListSort.IndexNumber => new(sort, 0, indexNumber ?? "", id),
        _ => new(sort, publishedAt?.UtcTicks ?? 0, null, id),
    };

    public DateTimeOffset PublishedAt => new(Number, TimeSpan.Zero);
    public DateOnly CreatedOn => DateOnly.FromDayNumber((int)Number);

    public string Encode()
    {
        var raw = string.Join('|', Version, ((int)Sort).ToString(CultureInfo.InvariantCulture),
            Number.ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture), Text ?? "");
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a token made by <see cref="Encode"/> for <paramref name="sort"/>; anything else is null.</summary>
    public static Keyset? Decode(string? token, ListSort sort)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200) return null;
        try
        {
            var b64 = token.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split('|', 5);
            if (parts.Length != 5 || parts[0] != Version) return null;
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s != (int)sort) return null;
            if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
            if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
            if (sort == ListSort.Published && number > DateTimeOffset.MaxValue.UtcTicks) return null;
            if (sort == ListSort.Created && number > DateOnly.MaxValue.DayNumber) return null;
            // PostgreSQL refuses NUL in text, and no index number has control characters.
            if (parts[4].Any(char.IsControl)) return null;
            return new Keyset(sort, number, sort == ListSort.IndexNumber ? parts[4] : null, id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
