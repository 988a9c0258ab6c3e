using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Models;

/// <summary>A budget publication and the edition whose tables are meant (the live one on the public site).</summary>
public sealed record BudgetSummary(
    int BudgetId, int PublicationId, int FiscalYear, BudgetKind Kind, string Title, int EditionId,
    EditionStatus Status, DateTimeOffset? PublishedAt, string? IndexNumber)
{
    public string KindSlug => BudgetKinds.Slug(Kind);

    public string Url => Kind == BudgetKind.Budget ? $"/budgets/{FiscalYear}" : $"/budgets/{FiscalYear}/{KindSlug}";

    public string ApiUrl => $"/api/v1/budgets/{FiscalYear}/{KindSlug}";

    public string FileUrl(BudgetTableSchema schema, string format) => $"/budgets/{FiscalYear}/{KindSlug}/{schema.Slug}.{format}";
}
