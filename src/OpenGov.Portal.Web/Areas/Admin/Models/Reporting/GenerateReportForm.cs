namespace OpenGov.Portal.Areas.Admin.Models.Reporting;

public sealed class GenerateReportForm
{
    public int? Year { get; set; }
}
