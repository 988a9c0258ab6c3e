namespace OpenGov.Portal.Domain.Budgets;

public enum ClassificationKind
{
    None,

    /// <summary>政府收支分类 支出功能分类科目: 类 (3 digits) / 款 (5) / 项 (7).</summary>
    Function,

    /// <summary>支出经济分类科目: 类 (3 digits) / 款 (5).</summary>
    Economic,
}
