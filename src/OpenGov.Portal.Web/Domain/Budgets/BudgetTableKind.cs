namespace OpenGov.Portal.Domain.Budgets;

/// <summary>The standard tables of a department budget or final accounts, in the order they are published.</summary>
public enum BudgetTableKind
{
    Summary,
    Income,
    Expenditure,
    FiscalGrants,
    FunctionalExpenditure,
    BasicExpenditureByEconomic,
    ThreePublic,
}
