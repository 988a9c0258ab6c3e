namespace OpenGov.Portal.Domain.Budgets;

/// <summary>
/// 支出经济分类科目 for basic expenditure (基本支出): 301 工资福利支出, 302 商品和服务支出,
/// 303 对个人和家庭的补助, with their 款. 人员经费 = 301 + 303, 公用经费 = 302.
/// </summary>
public static class EconomicClassification
{
    public static IReadOnlyList<ClassificationCode> All { get; } =
    [
        new("301", "工资福利支出"),
        new("30101", "基本工资"),
        new("30102", "津贴补贴"),
        new("30103", "奖金"),
        new("30104", "社会保障缴费"),
        new("30106", "伙食补助费"),
        new("30107", "绩效工资"),
        new("30199", "其他工资福利支出"),

        new("302", "商品和服务支出"),
        new("30201", "办公费"),
        new("30202", "印刷费"),
        new("30203", "咨询费"),
        new("30204", "手续费"),
        new("30205", "水费"),
        new("30206", "电费"),
        new("30207", "邮电费"),
        new("30208", "取暖费"),
        new("30209", "物业管理费"),
        new("30211", "差旅费"),
        new("30212", "因公出国(境)费用"),
        new("30213", "维修(护)费"),
        new("30214", "租赁费"),
        new("30215", "会议费"),
        new("30216", "培训费"),
        new("30217", "公务接待费"),
        new("30218", "专用材料费"),
        new("30226", "劳务费"),
        new("30227", "委托业务费"),
        new("30228", "工会经费"),
        new("30229", "福利费"),
        new("30231", "公务用车运行维护费"),
        new("30239", "其他交通费用"),
        new("30299", "其他商品和服务支出"),

        new("303", "对个人和家庭的补助"),
        new("30301", "离休费"),
        new("30302", "退休费"),
        new("30304", "抚恤金"),
        new("30305", "生活补助"),
        new("30307", "医疗费"),
        new("30309", "奖励金"),
        new("30311", "住房公积金"),
        new("30312", "提租补贴"),
        new("30313", "购房补贴"),
        new("30399", "其他对个人和家庭的补助支出"),
    ];

    static readonly Dictionary<string, ClassificationCode> ByCode = All.ToDictionary(c => c.Code);

    public static ClassificationCode? Find(string code) => ByCode.GetValueOrDefault(code);
}
