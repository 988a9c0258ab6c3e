namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public static class Durations
{
    /// <summary>"2天3小时", "5小时", "不足1小时".</summary>
    public static string Format(TimeSpan? span)
    {
        if (span is not { } s) return "";
        if (s < TimeSpan.FromHours(1)) return "不足1小时";
        return s.Days > 0 ? $"{s.Days}天{s.Hours}小时" : $"{s.Hours}小时";
    }
}
