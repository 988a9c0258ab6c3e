namespace OpenGov.Portal.Domain.Budgets;

/// <summary>部门预算 (the plan for a fiscal year) or 部门决算 (the final accounts of a fiscal year).</summary>
public enum BudgetKind
{
    Budget,
    FinalAccount,
}
