namespace OpenGov.Portal.Models;

public sealed record BudgetPage(
    BudgetSummary Budget,
    string ExplanationHtml,
    IReadOnlyList<ItemPage.AttachmentLink> Attachments,
    IReadOnlyList<BudgetTableView> Tables,
    IReadOnlyList<BudgetSummary> Others);
