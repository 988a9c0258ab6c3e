using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace OpenGov.Portal.Models.Api;

/// <summary>JSON of the open-data API: snake_case names, Chinese as UTF-8 characters, nulls written out (a stable shape).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

public sealed record ApiRef(string Code, string Name, string? NameEn);

public sealed record ApiItem(int Id, string Url, string ApiUrl, string? IndexNumber, string Title, string? Summary, ApiRef Column, ApiRef Department,
    string Publisher, string? DocumentNumber, string? Topic, string? CreatedOn, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt,
    string Validity, string DisclosureMode);

public sealed record ApiItemList(IReadOnlyList<ApiItem> Items, string? NextCursor, int Limit);

public sealed record ApiAttachment(int Id, string FileName, string ContentType, long Size, string Url);

public sealed record ApiEdition(int Edition, DateTimeOffset? PublishedAt, string? ChangeNote, bool Current);

public sealed record ApiLink(int Id, string Title, string Url);

public sealed record ApiItemDetail(ApiItem Item, string BodyHtml, IReadOnlyList<ApiAttachment> Attachments, IReadOnlyList<ApiEdition> History,
    ApiLink? Interprets, IReadOnlyList<ApiLink> Interpretations);

public sealed record ApiColumn(string Slug, string Name, string? NameEn, string Url, string FeedUrl, int ItemCount);

public sealed record ApiDepartment(string Code, string Name, string? NameEn);

public sealed record ApiError(int Status, string Code, string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? WithdrawnAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);

public sealed record ApiErrorBody(ApiError Error);
