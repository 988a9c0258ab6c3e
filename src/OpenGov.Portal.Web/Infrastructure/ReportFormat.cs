using System.Globalization;

namespace OpenGov.Portal.Infrastructure;

public static class ReportFormat
{
    /// <summary>Counts without decimals; amounts (万元) with up to four.</summary>
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
