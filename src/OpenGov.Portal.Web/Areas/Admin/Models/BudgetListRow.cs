using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

public sealed record BudgetListRow(int PublicationId, int FiscalYear, BudgetKind Kind, string Title, int EditionId, int EditionNumber, EditionStatus Status, bool IsLive);
