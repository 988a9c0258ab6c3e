namespace OpenGov.Portal.Domain.Budgets;

/// <summary>Names and URL slugs of <see cref="BudgetKind"/>.</summary>
public static class BudgetKinds
{
    public const string BudgetSlug = "budget";
    public const string FinalAccountSlug = "final";

    public static string Name(BudgetKind kind) => kind == BudgetKind.FinalAccount ? "部门决算" : "部门预算";

    public static string NameEn(BudgetKind kind) => kind == BudgetKind.FinalAccount ? "Final accounts" : "Department budget";

    public static string Slug(BudgetKind kind) => kind == BudgetKind.FinalAccount ? FinalAccountSlug : BudgetSlug;

    public static BudgetKind? FromSlug(string? slug) => slug switch
    {
        BudgetSlug => BudgetKind.Budget,
        FinalAccountSlug => BudgetKind.FinalAccount,
        _ => null,
    };

    /// <summary>The column heading for amounts: 预算数 in a budget, 决算数 in final accounts.</summary>
    public static string AmountWord(BudgetKind kind) => kind == BudgetKind.FinalAccount ? "决算数" : "预算数";
}
