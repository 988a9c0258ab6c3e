using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record BudgetEditionPage(
    BudgetSummary Budget,
    int EditionNumber,
    string? ReturnReason,
    string? ChangeNote,
    string Explanation,
    IReadOnlyList<BudgetTableView> Tables,
    IReadOnlyList<ItemPage.AttachmentLink> Attachments,
    bool CanRevise)
{
    public bool IsEditable => Workflow.IsEditable(Budget.Status);
}
