namespace OpenGov.Portal.Areas.Admin.Models;

public sealed class BudgetExplanationForm
{
    public string? Text { get; set; }
    public string? ChangeNote { get; set; }
}
