namespace OpenGov.Portal.Domain.Budgets;

/// <summary>How the rows of a table are identified.</summary>
public enum RowKey
{
    /// <summary>方向 (收入/支出) and 项目: a two-sided summary whose sides must balance.</summary>
    Section,

    /// <summary>科目编码 and 科目名称: a classification hierarchy (类/款/项).</summary>
    Code,

    /// <summary>项目 only, from a fixed list (the "三公" items).</summary>
    Item,
}
