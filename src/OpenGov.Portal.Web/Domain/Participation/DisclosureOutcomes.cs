using static OpenGov.Portal.Domain.Participation.DisclosureOutcome;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>Names, groups and allowed combinations of answer types and template outcomes.</summary>
public static class DisclosureOutcomes
{
    public static OutcomeCategory CategoryOf(DisclosureOutcome o) => o switch
    {
        Disclosed => OutcomeCategory.Disclosed,
        PartiallyDisclosed => OutcomeCategory.PartiallyDisclosed,
        >= RefusedStateSecret and <= RefusedAdministrativeQuery => OutcomeCategory.Refused,
        >= UnableNotHeld and <= UnableUnclearAfterCorrection => OutcomeCategory.UnableToProvide,
        >= NotProcessedPetition and <= NotProcessedConfirmation => OutcomeCategory.NotProcessed,
        _ => OutcomeCategory.OtherHandling,
    };

    public static string NameOf(OutcomeCategory c) => c switch
    {
        OutcomeCategory.Disclosed => "予以公开",
        OutcomeCategory.PartiallyDisclosed => "部分公开",
        OutcomeCategory.Refused => "不予公开",
        OutcomeCategory.UnableToProvide => "无法提供",
        OutcomeCategory.NotProcessed => "不予处理",
        OutcomeCategory.OtherHandling => "其他处理",
        _ => c.ToString(),
    };

    /// <summary>The template's row text: the reason with its number for the grouped rows, else the group name.</summary>
    public static string ReasonOf(DisclosureOutcome o) => o switch
    {
        Disclosed => "予以公开",
        PartiallyDisclosed => "部分公开",
        RefusedStateSecret => "1.属于国家秘密",
        RefusedProhibitedByLaw => "2.其他法律行政法规禁止公开",
        RefusedThreeSecurities => "3.危及“三安全一稳定”",
        RefusedThirdPartyRights => "4.保护第三方合法权益",
        RefusedInternalAffairs => "5.属于三类内部事务信息",
        RefusedProcessInformation => "6.属于四类过程性信息",
        RefusedEnforcementFile => "7.属于行政执法案卷",
        RefusedAdministrativeQuery => "8.属于行政查询事项",
        UnableNotHeld => "1.本机关不掌握相关政府信息",
        UnableNeedsCreation => "2.没有现成信息需要另行制作",
        UnableUnclearAfterCorrection => "3.补正后申请内容仍不明确",
        NotProcessedPetition => "1.信访举报投诉类申请",
        NotProcessedRepeat => "2.重复申请",
        NotProcessedPublication => "3.要求提供公开出版物",
        NotProcessedExcessive => "4.无正当理由大量反复申请",
        NotProcessedConfirmation => "5.要求行政机关确认或重新出具已获取信息",
        OtherNoCorrection => "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        OtherUnpaidFee => "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        OtherOther => "3.其他",
        _ => o.ToString(),
    };

    /// <summary>"不予公开 — 1.属于国家秘密"; the group name alone for 予以公开 and 部分公开.</summary>
    public static string FullNameOf(DisclosureOutcome o)
    {
        var category = CategoryOf(o);
        return category is OutcomeCategory.Disclosed or OutcomeCategory.PartiallyDisclosed ? NameOf(category) : $"{NameOf(category)} — {ReasonOf(o)}";
    }

    public static string NameOf(AnswerType t) => t switch
    {
        AnswerType.AlreadyPublic => "已主动公开(告知获取方式和途径)",
        AnswerType.Disclosed => "予以公开",
        AnswerType.PartiallyDisclosed => "部分公开",
        AnswerType.Refused => "不予公开",
        AnswerType.NotExist => "信息不存在",
        AnswerType.NotHeldByThisBody => "非本机关负责公开",
        AnswerType.Repeat => "重复申请,不予重复处理",
        AnswerType.SpecialRegime => "依照有关法律、行政法规的特别规定办理",
        AnswerType.CannotProvide => "无法提供",
        AnswerType.NotProcessed => "不予处理",
        AnswerType.Terminated => "不再处理",
        _ => t.ToString(),
    };

    /// <summary>The article of 《中华人民共和国政府信息公开条例》 an answer type rests on.</summary>
    public static string ArticleOf(AnswerType t) => t switch
    {
        AnswerType.AlreadyPublic => "第三十六条第(一)项",
        AnswerType.Disclosed => "第三十六条第(二)项",
        AnswerType.PartiallyDisclosed => "第三十七条",
        AnswerType.Refused => "第三十六条第(三)项",
        AnswerType.NotExist => "第三十六条第(四)项",
        AnswerType.NotHeldByThisBody => "第三十六条第(五)项",
        AnswerType.Repeat => "第三十六条第(六)项",
        AnswerType.SpecialRegime => "第三十六条第(七)项",
        AnswerType.CannotProvide => "第三十条、第三十八条",
        AnswerType.NotProcessed => "第三十五条、第三十九条",
        AnswerType.Terminated => "第三十条、第四十二条",
        _ => "",
    };

    /// <summary>The template rows an answer type may be counted in.</summary>
    public static IReadOnlyList<DisclosureOutcome> AllowedFor(AnswerType t) => t switch
    {
        AnswerType.AlreadyPublic or AnswerType.Disclosed => [Disclosed],
        AnswerType.PartiallyDisclosed => [PartiallyDisclosed],
        AnswerType.Refused => [RefusedStateSecret, RefusedProhibitedByLaw, RefusedThreeSecurities, RefusedThirdPartyRights,
            RefusedInternalAffairs, RefusedProcessInformation, RefusedEnforcementFile, RefusedAdministrativeQuery],
        AnswerType.NotExist or AnswerType.NotHeldByThisBody => [UnableNotHeld],
        AnswerType.CannotProvide => [UnableNeedsCreation, UnableUnclearAfterCorrection],
        AnswerType.Repeat => [NotProcessedRepeat],
        AnswerType.NotProcessed => [NotProcessedPetition, NotProcessedPublication, NotProcessedExcessive, NotProcessedConfirmation],
        AnswerType.SpecialRegime => [OtherOther],
        AnswerType.Terminated => [OtherNoCorrection, OtherUnpaidFee, OtherOther],
        _ => [],
    };

    public static ApplicantColumn ColumnOf(ApplicantType type, OrganisationType? organisation) =>
        type == ApplicantType.NaturalPerson ? ApplicantColumn.NaturalPerson : organisation switch
        {
            OrganisationType.Commercial => ApplicantColumn.Commercial,
            OrganisationType.Research => ApplicantColumn.Research,
            OrganisationType.PublicWelfare => ApplicantColumn.PublicWelfare,
            OrganisationType.LegalService => ApplicantColumn.LegalService,
            _ => ApplicantColumn.Other,
        };

    public static string NameOf(ApplicantColumn c) => c switch
    {
        ApplicantColumn.NaturalPerson => "自然人",
        ApplicantColumn.Commercial => "商业企业",
        ApplicantColumn.Research => "科研机构",
        ApplicantColumn.PublicWelfare => "社会公益组织",
        ApplicantColumn.LegalService => "法律服务机构",
        ApplicantColumn.Other => "其他",
        _ => c.ToString(),
    };
}
