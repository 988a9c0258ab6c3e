namespace OpenGov.Portal.Domain.Powers;

public static class PowerCategories
{
    public static readonly IReadOnlyList<PowerCategory> All = Enum.GetValues<PowerCategory>();

    public static string Name(PowerCategory category) => category switch
    {
        PowerCategory.Licensing => "行政许可",
        PowerCategory.Penalty => "行政处罚",
        PowerCategory.Enforcement => "行政强制",
        PowerCategory.Levy => "行政征收",
        PowerCategory.Benefit => "行政给付",
        PowerCategory.Inspection => "行政检查",
        PowerCategory.Confirmation => "行政确认",
        PowerCategory.Reward => "行政奖励",
        PowerCategory.Adjudication => "行政裁决",
        _ => "其他行政权力",
    };

    public static string EnglishName(PowerCategory category) => category switch
    {
        PowerCategory.Licensing => "Administrative licensing",
        PowerCategory.Penalty => "Administrative penalty",
        PowerCategory.Enforcement => "Administrative enforcement",
        PowerCategory.Levy => "Administrative levy",
        PowerCategory.Benefit => "Administrative benefit",
        PowerCategory.Inspection => "Administrative inspection",
        PowerCategory.Confirmation => "Administrative confirmation",
        PowerCategory.Reward => "Administrative reward",
        PowerCategory.Adjudication => "Administrative adjudication",
        _ => "Other administrative powers",
    };
}
