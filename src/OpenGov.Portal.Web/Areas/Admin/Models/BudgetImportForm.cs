namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetImportForm
{
    public IFormFile? File { get; set; }

    /// <summary>For a .csv file: the slug of the table it holds (or the file is named after the table).</summary>
    public string? Table { get; set; }
}
