namespace OpenGov.Portal.Domain.Budgets;

/// <summary>The seven standard tables (财政部 部门预决算公开 templates, simplified to what the bureau publishes).</summary>
public static class BudgetSchemas
{
    public static IReadOnlyList<BudgetTableSchema> All { get; } =
    [
        new(BudgetTableKind.Summary, "summary", "收支总表", "Income and expenditure summary",
            RowKey.Section, ["金额"], false, ClassificationKind.None, false),
        new(BudgetTableKind.Income, "income", "收入总表", "Income",
            RowKey.Code, ["合计", "一般公共预算拨款", "事业收入", "其他收入"], true, ClassificationKind.Function, false),
        new(BudgetTableKind.Expenditure, "expenditure", "支出总表", "Expenditure (basic and project)",
            RowKey.Code, ["合计", "基本支出", "项目支出"], true, ClassificationKind.Function, false),
        new(BudgetTableKind.FiscalGrants, "fiscal-grants", "财政拨款收支总表", "Fiscal grants income and expenditure",
            RowKey.Section, ["金额"], false, ClassificationKind.None, false),
        new(BudgetTableKind.FunctionalExpenditure, "function", "一般公共预算支出表", "General public budget expenditure by function",
            RowKey.Code, ["合计", "基本支出", "项目支出"], true, ClassificationKind.Function, false),
        new(BudgetTableKind.BasicExpenditureByEconomic, "economic", "一般公共预算基本支出表", "Basic expenditure by economic classification",
            RowKey.Code, ["金额"], false, ClassificationKind.Economic, false),
        new(BudgetTableKind.ThreePublic, "three-public", "“三公”经费表", "\"Three public\" expenses",
            RowKey.Item, ["金额"], false, ClassificationKind.None, false),
    ];

    public static BudgetTableSchema For(BudgetTableKind kind) => All.First(s => s.Kind == kind);

    public static BudgetTableSchema? BySlug(string? slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>A sheet name or file name matches a table by its title (quotes optional) or its slug.</summary>
    public static BudgetTableSchema? ByName(string? name)
    {
        var n = Normalize(name);
        return All.FirstOrDefault(s => Normalize(s.Title) == n || s.Slug == n);
    }

    static string Normalize(string? name) =>
        (name ?? "").Trim().Replace("“", "").Replace("”", "").Replace("\"", "").ToLowerInvariant();
}
