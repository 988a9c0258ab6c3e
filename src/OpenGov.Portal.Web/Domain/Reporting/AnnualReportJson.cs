using System.Text.Json;

namespace OpenGov.Portal.Domain.Reporting;

/// <summary>How <see cref="AnnualReportData"/> is stored on the edition (one JSON document).</summary>
public static class AnnualReportJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(AnnualReportData data) => JsonSerializer.Serialize(new Stored(data.Year, data.Figures,
        new Dictionary<string, int>(data.ApplicationCells), new Dictionary<string, decimal>(data.Entered)), Options);

    public static AnnualReportData Read(string json)
    {
        var s = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new InvalidOperationException("Empty annual report data.");
        return new(s.Year, s.Figures, s.ApplicationCells, s.Entered);
    }

    sealed record Stored(int Year, PortalFigures Figures, Dictionary<string, int> ApplicationCells, Dictionary<string, decimal> Entered);
}
