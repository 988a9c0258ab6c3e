using System.Globalization;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// UI strings of the site chrome. The Chinese text is the key; English is looked up when the request
/// culture is English. Content is shown as written.
/// </summary>
public static class Ui
{
    static readonly Dictionary<string, string> English = new()
    {
        ["首页"] = "Home",
        ["政务公开门户"] = "Government Information Portal",
        ["跳到主要内容"] = "Skip to main content",
        ["搜索"] = "Search",
        ["站内搜索"] = "Search this site",
        ["请输入关键词"] = "Enter keywords",
        ["栏目导航"] = "Sections",
        ["更多"] = "More",
        ["暂无信息"] = "Nothing published yet",
        ["上一页"] = "Previous",
        ["下一页"] = "Next",
        ["第 {0} 页"] = "Page {0}",
        ["共 {0} 页"] = "{0} pages",
        ["分页"] = "Pagination",
        ["发布日期"] = "Published",
        ["索引号"] = "Index No.",
        ["发布机构"] = "Issued by",
        ["文号"] = "Document No.",
        ["主题分类"] = "Topic",
        ["生成日期"] = "Created",
        ["有效性"] = "Validity",
        ["公开方式"] = "Disclosure",
        ["附件"] = "Attachments",
        ["修订记录"] = "Change history",
        ["相关解读"] = "Interpretations",
        ["解读的政策文件"] = "Interpreted document",
        ["打印本页"] = "Print",
        ["当前位置"] = "You are here",
        ["举报、投诉联系方式"] = "Reports and complaints",
        ["电话"] = "Phone",
        ["电子邮箱"] = "Email",
        ["地址"] = "Address",
        ["主办单位"] = "Run by",
        ["网站标识码"] = "Site code",
        ["页面未找到"] = "Page not found",
        ["服务暂时不可用"] = "Service temporarily unavailable",
        ["出错了"] = "Something went wrong",
        ["该信息已撤回"] = "This item has been withdrawn",
        ["撤回原因"] = "Reason",
        ["有效"] = "Valid",
        ["已修订"] = "Amended",
        ["已废止"] = "Repealed",
        ["主动公开"] = "Proactive",
        ["依申请公开"] = "On application",
        ["语言"] = "Language",
        ["大字号/高对比度"] = "Large text / high contrast",
        ["标准模式"] = "Standard view",
        ["工作人员登录"] = "Staff sign-in",
        ["返回首页"] = "Back to home page",
        ["搜索结果"] = "Search results",
        ["财政预决算"] = "Budgets and final accounts",
        ["部门预算"] = "Department budget",
        ["部门决算"] = "Final accounts",
        ["部门预算和部门决算以数据表格公开,金额单位为万元。每张表均可下载 CSV 和 JSON 格式的开放数据。"] =
            "Department budgets and final accounts are published as data tables, in units of 10,000 yuan. Every table can be downloaded as CSV and JSON open data.",
        ["已公开的部门预决算"] = "Published budgets and final accounts",
        ["年度"] = "Year",
        ["年度对比"] = "Year-on-year comparison",
        ["对比年度"] = "Compare year",
        ["本年度"] = "With year",
        ["类型"] = "Kind",
        ["对比"] = "Compare",
        ["开放数据接口"] = "Open data API",
        ["目录"] = "Contents",
        ["情况说明"] = "Explanation",
        ["数据下载"] = "Downloads",
        ["下载"] = "Download",
        ["图表数据见下表"] = "The chart's data is in the table below:",
        ["全部表格(JSON 接口)"] = "All tables (JSON API)",
        ["其他年度"] = "Other years",
        ["金额单位:万元。增减 = 本年度 − 对比年度;增减率 = 增减 ÷ 对比年度 × 100%,对比年度为 0 时不计算(显示“—”)。"] =
            "Amounts in 10,000 yuan. Change = later year − earlier year; percent = change ÷ earlier year × 100%, not computed (shown as “—”) when the earlier year is 0.",
        // Power list (权力清单)
        ["权力清单"] = "Power list",
        ["本局依法行使的行政权力事项,包括设定依据、办理时限、责任事项和权力运行流程图。"] = "The administrative powers this bureau exercises, with their legal basis, time limits, responsibilities and flow charts.",
        ["筛选权力事项"] = "Filter powers",
        ["权力类别"] = "Category",
        ["责任处室"] = "Responsible office",
        ["关键词"] = "Keyword",
        ["事项名称或编码"] = "Name or code",
        ["全部"] = "All",
        ["查询"] = "Filter",
        ["清除筛选"] = "Clear filters",
        ["共 {0} 项"] = "{0} powers",
        ["没有符合条件的权力事项"] = "No power matches these filters",
        ["事项编码"] = "Code",
        ["事项名称"] = "Power",
        ["事项信息"] = "About this power",
        ["实施主体"] = "Implementing body",
        ["法定时限"] = "Statutory time limit",
        ["承诺时限"] = "Promised time limit",
        ["收费标准"] = "Fees",
        ["不收费"] = "No fee",
        ["收费依据"] = "Fee basis",
        ["咨询电话"] = "Enquiries",
        ["投诉电话"] = "Complaints",
        ["设定依据"] = "Legal basis",
        ["申请材料"] = "Documents required",
        ["无需申请材料"] = "No documents required",
        ["权力运行流程图"] = "Flow chart",
        ["流程图的文字说明见下方;小屏幕上可左右滑动查看。"] = "The chart is described in words below; on small screens, scroll it sideways.",
        ["流程步骤文字说明"] = "The flow in words",
        ["下载流程图(SVG)"] = "Download the flow chart (SVG)",
        ["责任岗位"] = "Responsible post",
        ["办理时限"] = "Time limit",
        ["下一步"] = "Next",
        ["第 {0} 步"] = "step {0}",
        ["流程结束"] = "end of the flow",
        ["开始"] = "Start",
        ["步骤"] = "Step",
        ["判断"] = "Decision",
        ["结束"] = "End",
        ["责任事项"] = "Responsibilities",
        ["追责情形"] = "Accountability",
        // Citizens' participation
        ["互动交流"] = "Participation",
        ["我要留言"] = "Write to us",
        ["留言查询"] = "Track a letter",
        ["留言选登"] = "Published letters",
        ["在线调查"] = "Surveys",
        ["申请查询"] = "Track an application",
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string zh) => IsEnglish && English.TryGetValue(zh, out var en) ? en : zh;

    public static string T(string zh, object arg) => string.Format(CultureInfo.CurrentCulture, T(zh), arg);

    /// <summary>A bilingual pair from the database (e.g. a column's Name/NameEn).</summary>
    public static string Pick(string zh, string? en) => IsEnglish && !string.IsNullOrEmpty(en) ? en : zh;

    public static string Of(Domain.Publishing.Validity v) => v switch
    {
        Domain.Publishing.Validity.Amended => T("已修订"),
        Domain.Publishing.Validity.Repealed => T("已废止"),
        _ => T("有效"),
    };

    public static string Of(Domain.Publishing.DisclosureMode m) =>
        m == Domain.Publishing.DisclosureMode.OnApplication ? T("依申请公开") : T("主动公开");
}
