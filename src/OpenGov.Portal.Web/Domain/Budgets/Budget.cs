namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// The identity of a budget publication: one per fiscal year and kind. Its data (tables and 情况说明)
/// belongs to each edition of the publication, so a revision keeps the published figures until it is
/// itself published.
/// </summary>
public sealed class Budget
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public int Id { get; private set; }
    public int PublicationId { get; private set; }
    public int FiscalYear { get; private set; }
    public BudgetKind Kind { get; private set; }

    private Budget() { }

    public Budget(int publicationId, int fiscalYear, BudgetKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, MaxYear);
        PublicationId = publicationId;
        FiscalYear = fiscalYear;
        Kind = kind;
    }

    public string Title(string organisationName) => $"{organisationName}{FiscalYear}年{BudgetKinds.Name(Kind)}";
}
