using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace OpenGov.Portal.Infrastructure;

/// <summary>JSON settings of the open-data files and API: camelCase, Chinese as UTF-8 characters, not \u escapes.</summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };
}
