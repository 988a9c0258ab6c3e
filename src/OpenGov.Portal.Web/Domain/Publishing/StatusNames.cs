namespace OpenGov.Portal.Domain.Publishing;

public static class StatusNames
{
    public static string Of(EditionStatus status) => status switch
    {
        EditionStatus.Draft => "草稿",
        EditionStatus.Submitted => "待保密审查",
        EditionStatus.Reviewed => "待领导签发",
        EditionStatus.Scheduled => "定时发布",
        EditionStatus.Published => "已发布",
        EditionStatus.Returned => "已退回",
        EditionStatus.Classified => "涉密/不予公开",
        EditionStatus.Withdrawn => "已撤回",
        EditionStatus.Superseded => "已被新版本替代",
        _ => status.ToString(),
    };
}
