namespace OpenGov.Portal.Domain.Publishing;

public static class KindNames
{
    public static string Of(PublicationKind kind) => kind switch
    {
        PublicationKind.Article => "信息(动态、通知等)",
        PublicationKind.PolicyDocument => "政策文件",
        PublicationKind.Interpretation => "政策解读",
        PublicationKind.Budget => "部门预决算",
        PublicationKind.Power => "权力事项",
        PublicationKind.AnnualReport => "政务公开年报",
        PublicationKind.Survey => "调查问卷",
        PublicationKind.FeedbackReply => "留言答复",
        _ => kind.ToString(),
    };
}
