namespace OpenGov.Portal.Domain.Participation;

/// <summary>The kinds of answer the regulation prescribes (《政府信息公开条例》第三十六条 and the articles named in <see cref="DisclosureOutcomes.ArticleOf"/>).</summary>
public enum AnswerType
{
    /// <summary>已主动公开: tell the applicant where and how to obtain it (第三十六条第一项).</summary>
    AlreadyPublic,

    /// <summary>予以公开 (第三十六条第二项).</summary>
    Disclosed,

    /// <summary>部分公开 (第三十七条).</summary>
    PartiallyDisclosed,

    /// <summary>不予公开, with the legal reason (第三十六条第三项).</summary>
    Refused,

    /// <summary>信息不存在 (第三十六条第四项).</summary>
    NotExist,

    /// <summary>非本机关负责公开: name the body that is (第三十六条第五项).</summary>
    NotHeldByThisBody,

    /// <summary>重复申请 (第三十六条第六项).</summary>
    Repeat,

    /// <summary>特别规定: laws with their own access regime, e.g. business or real-estate registers (第三十六条第七项).</summary>
    SpecialRegime,

    /// <summary>无法提供: would have to be created or analysed (第三十八条), or still unclear after correction (第三十条).</summary>
    CannotProvide,

    /// <summary>不予处理: petitions and complaints, publications, abusive volume, confirmation requests (第三十五条、第三十九条 等).</summary>
    NotProcessed,

    /// <summary>不再处理: no correction in time (第三十条), fee not paid (第四十二条), or other.</summary>
    Terminated,
}
