namespace OpenGov.Portal.Domain.Budgets;

public static class Classifications
{
    public static ClassificationCode? Find(ClassificationKind kind, string code) => kind switch
    {
        ClassificationKind.Function => FunctionClassification.Find(code),
        ClassificationKind.Economic => EconomicClassification.Find(code),
        _ => null,
    };

    /// <summary>The deepest level a code may have: 项 for function codes, 款 for economic codes.</summary>
    public static int MaxLevel(ClassificationKind kind) => kind == ClassificationKind.Economic ? 2 : 3;

    public static string Name(ClassificationKind kind) => kind == ClassificationKind.Economic ? "支出经济分类科目" : "支出功能分类科目";
}
