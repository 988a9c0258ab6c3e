namespace OpenGov.Portal.Domain.Reporting;

/// <summary>The text sections of the report: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项 (plain text, one paragraph a line).</summary>
public sealed record ReportTexts(string Overall, string Problems, string Other)
{
    public const int MaxLength = 20_000;
}
