namespace OpenGov.Portal.Domain.Participation;

/// <summary>Chinese names of the participation enums, the same in public pages, the back office and exports.</summary>
public static class ParticipationNames
{
    public static string Of(FeedbackCategory c) => c switch
    {
        FeedbackCategory.Consultation => "咨询",
        FeedbackCategory.Suggestion => "建议",
        FeedbackCategory.Complaint => "投诉",
        FeedbackCategory.Report => "举报",
        _ => c.ToString(),
    };

    public static string Of(FeedbackStatus s) => s switch
    {
        FeedbackStatus.PendingModeration => "待人工审核",
        FeedbackStatus.New => "待分办",
        FeedbackStatus.Assigned => "办理中",
        FeedbackStatus.Replied => "已答复",
        FeedbackStatus.Invalid => "无效留言",
        _ => s.ToString(),
    };

    /// <summary>What the writer sees: moderation is internal, so it reads as "received".</summary>
    public static string PublicOf(FeedbackStatus s) => s switch
    {
        FeedbackStatus.PendingModeration or FeedbackStatus.New => "已收到,待办理",
        FeedbackStatus.Assigned => "办理中",
        FeedbackStatus.Replied => "已答复",
        FeedbackStatus.Invalid => "不予受理",
        _ => s.ToString(),
    };

    public static string Of(FeedbackPublicationState s) => s switch
    {
        FeedbackPublicationState.NotRequested => "不公开",
        FeedbackPublicationState.AwaitingReview => "待保密审查",
        FeedbackPublicationState.Published => "已公开",
        FeedbackPublicationState.Withheld => "审查后不公开",
        _ => s.ToString(),
    };

    public static string Of(QuestionType t) => t switch
    {
        QuestionType.SingleChoice => "单选",
        QuestionType.MultipleChoice => "多选",
        QuestionType.Rating => "评分(1–5)",
        QuestionType.FreeText => "文字回答",
        _ => t.ToString(),
    };

    public static string Of(DayKind k) => k == DayKind.Holiday ? "放假" : "调休上班";

    public static string Of(ApplicantType t) => t == ApplicantType.NaturalPerson ? "自然人" : "法人或其他组织";

    public static string Of(OrganisationType t) => t switch
    {
        OrganisationType.Commercial => "商业企业",
        OrganisationType.Research => "科研机构",
        OrganisationType.PublicWelfare => "社会公益组织",
        OrganisationType.LegalService => "法律服务机构",
        OrganisationType.Other => "其他",
        _ => t.ToString(),
    };

    public static string Of(IdDocumentType t) => t switch
    {
        IdDocumentType.ResidentIdCard => "居民身份证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.HongKongMacauPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.Other => "其他有效身份证件",
        _ => t.ToString(),
    };

    public static string Of(PreferredForm f) => f switch
    {
        PreferredForm.Paper => "纸质",
        PreferredForm.Email => "电子邮件",
        PreferredForm.Disc => "光盘",
        PreferredForm.Other => "其他",
        _ => f.ToString(),
    };

    public static string Of(DeliveryMethod d) => d switch
    {
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Collect => "自行领取",
        DeliveryMethod.Email => "电子邮件",
        _ => d.ToString(),
    };

    public static string Of(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Processing => "办理中",
        ApplicationStatus.AwaitingCorrection => "待申请人补正",
        ApplicationStatus.Consulting => "征求第三方意见中",
        ApplicationStatus.Answered => "已答复",
        _ => s.ToString(),
    };
}
