using OpenGov.Portal.Domain.Organisation;

namespace OpenGov.Portal.Data.Seed;

/// <summary>The bureau of the 2012 openness report, its offices and the site's columns. Demo data only.</summary>
public static class DemoOrganisation
{
    public static Organisation Bureau() => new()
    {
        Name = "黑龙江省知识产权局",
        NameEn = "Heilongjiang Provincial Intellectual Property Office",
        Code = "11230000MB0000000X",
        Address = "黑龙江省哈尔滨市南岗区(演示地址)",
        ComplaintPhone = "0451-00000000(演示)",
        ComplaintEmail = "zwgk@example.gov.cn",
        IcpNumber = "黑ICP备00000000号(演示)",
        PublicSecurityNumber = "黑公网安备 23000000000000号(演示)",
    };

    public static IReadOnlyList<Department> Departments() =>
    [
        new() { Code = "zhxt", Name = "综合协调处", NameEn = "General Coordination Office", SortOrder = 1 },
        new() { Code = "zlgl", Name = "专利管理处", NameEn = "Patent Administration Office", SortOrder = 2 },
        new() { Code = "fzc", Name = "法律事务处", NameEn = "Legal Affairs Office", SortOrder = 3 },
        new() { Code = "ghfz", Name = "规划发展处", NameEn = "Planning and Development Office", SortOrder = 4 },
        new() { Code = "fwzx", Name = "省知识产权服务中心", NameEn = "Provincial IP Service Centre", SortOrder = 5 },
        new() { Code = "hebdb", Name = "专利局哈尔滨代办处", NameEn = "Harbin Patent Agency Office of CNIPA", SortOrder = 6 },
    ];

    /// <summary>(slug, name, English name, show on home, expected update interval in days).</summary>
    public static IReadOnlyList<Column> Columns() =>
    [
        new() { Slug = "zwgk-guide", Name = "政府信息公开", NameEn = "Information disclosure", SortOrder = 0, ShowOnHome = false },
        new() { Slug = "news", Name = "省局动态", NameEn = "News", SortOrder = 1, ShowOnHome = true, UpdateIntervalDays = 14 },
        new() { Slug = "notices", Name = "通知公告", NameEn = "Notices", SortOrder = 2, ShowOnHome = true, UpdateIntervalDays = 180 },
        new() { Slug = "policies", Name = "政策文件", NameEn = "Policy documents", SortOrder = 3, ShowOnHome = true, UpdateIntervalDays = 180 },
        new() { Slug = "interpretations", Name = "政策解读", NameEn = "Policy interpretations", SortOrder = 4, ShowOnHome = true, UpdateIntervalDays = 180 },
        new() { Slug = "statistics", Name = "统计数据", NameEn = "Statistics", SortOrder = 5, ShowOnHome = true, UpdateIntervalDays = 90 },
        new() { Slug = "budgets", Name = "财政预决算", NameEn = "Budgets and final accounts", SortOrder = 6, ShowOnHome = false, UpdateIntervalDays = 365 },
        new() { Slug = "powers", Name = "权力清单", NameEn = "Power list", SortOrder = 7, ShowOnHome = false },
        new() { Slug = "services", Name = "办事服务", NameEn = "Services", SortOrder = 8, ShowOnHome = true },
        new() { Slug = "annual-reports", Name = "政务公开年报", NameEn = "Annual openness reports", SortOrder = 9, ShowOnHome = false, UpdateIntervalDays = 365 },
        new() { Slug = "complaints", Name = "举报投诉", NameEn = "Reports and complaints", SortOrder = 10, ShowOnHome = false },
        new() { Slug = "hudong", Name = "互动交流", NameEn = "Participation", SortOrder = 11, ShowOnHome = false },
        new() { Slug = "ysqgk", Name = "依申请公开", NameEn = "Disclosure on application", SortOrder = 12, ShowOnHome = false },
    ];
}
