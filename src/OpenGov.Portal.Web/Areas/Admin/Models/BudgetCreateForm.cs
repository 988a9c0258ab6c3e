namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetCreateForm
{
    public int? FiscalYear { get; set; }
    public string? Kind { get; set; }
}
