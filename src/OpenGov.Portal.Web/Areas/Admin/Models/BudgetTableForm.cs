namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>The edit form of one table: one entry per row; blank rows are ignored, so clearing a row deletes it.</summary>
public sealed class BudgetTableForm
{
    public const int BlankRows = 8;
    public const int MaxRows = 500;

    public List<BudgetLineInput> Lines { get; set; } = [];
}

public sealed class BudgetLineInput
{
    public string? Section { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public List<string?> Amounts { get; set; } = [];
}
