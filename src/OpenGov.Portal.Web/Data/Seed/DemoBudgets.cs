using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Budgets;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// The bureau's 2012 and 2013 部门预算 and 2012 部门决算: demo figures (marked 演示数据), built from a
/// few leaf amounts so that every table is internally consistent, checked, and published through
/// the workflow (author → reviewer → leader). Skipped when any budget exists.
/// </summary>
public static class DemoBudgets
{
    public const string DemoMark = "(演示数据)";

    /// <summary>A 项 of the function classification: basic and project spending, and the part of basic spending not paid by the general budget.</summary>
    sealed record Leaf(string Code, decimal Basic, decimal Project, decimal BusinessIncome = 0, decimal OtherIncome = 0);

    sealed record Year(int FiscalYear, BudgetKind Kind, string PublishedOn, Leaf[] Leaves, decimal[] ThreePublic, string[] Explanation);

    static readonly Leaf[] Leaves2012 =
    [
        new("2013601", 612.40m, 0), new("2013602", 0, 85.00m), new("2013606", 0, 420.00m), new("2013607", 0, 60.00m),
        new("2013609", 0, 45.00m), new("2013650", 286.30m, 0, 40.00m, 6.30m), new("2050803", 0, 20.00m),
        new("2060502", 0, 150.00m), new("2060702", 0, 30.00m), new("2080501", 96.50m, 0), new("2080502", 38.20m, 0),
        new("2100501", 42.10m, 0), new("2100502", 18.40m, 0), new("2210201", 58.60m, 0), new("2210202", 21.30m, 0),
    ];

    static Leaf[] Scale(Leaf[] leaves, decimal basic, decimal project) =>
        [.. leaves.Select(l => l with { Basic = Math.Round(l.Basic * basic, 2), Project = Math.Round(l.Project * project, 2) })];

    static readonly Year[] Years =
    [
        new(2012, BudgetKind.Budget, "2012-04-16", Leaves2012, [8.00m, 0m, 32.00m, 14.50m],
        [
            "一、部门职责:省知识产权局负责全省知识产权(专利)工作的统筹协调,拟订并组织实施知识产权发展规划,承担专利行政执法、专利管理和知识产权公共服务等职责。",
            "二、收支预算情况:2012年部门收支预算总额见收支总表。其中一般公共预算拨款主要用于机关运行、专利试点和产业化推进、专利执法和知识产权宏观管理等。",
            "三、“三公”经费预算情况:2012年“三公”经费预算见“三公”经费表。我局严格执行公务接待、公务用车和因公出国(境)管理规定。",
            "说明:本页为演示数据,数字为虚构,仅用于展示预决算公开功能。",
        ]),
        new(2013, BudgetKind.Budget, "2013-04-12", Scale(Leaves2012, 1.04m, 1.06m), [6.00m, 0m, 30.00m, 11.00m],
        [
            "一、部门职责:省知识产权局负责全省知识产权(专利)工作的统筹协调,承担专利行政执法、专利管理和知识产权公共服务等职责。",
            "二、收支预算情况:2013年部门收支预算较2012年有所增加,主要是专利试点和产业化推进、技术创新服务体系建设等项目支出增加。",
            "三、“三公”经费预算情况:按照厉行节约的要求,2013年“三公”经费预算较2012年减少,其中因公出国(境)费和公务接待费压减较多。",
            "说明:本页为演示数据,数字为虚构,仅用于展示预决算公开功能。",
        ]),
        new(2012, BudgetKind.FinalAccount, "2013-08-20", Scale(Leaves2012, 1.00m, 0.97m), [7.20m, 0m, 29.40m, 13.10m],
        [
            "一、2012年度收支决算情况:2012年度收入、支出决算见各表。项目支出决算较预算略有减少,主要是部分专利资金项目按进度结转。",
            "二、“三公”经费决算情况:2012年“三公”经费支出均控制在预算以内。",
            "说明:本页为演示数据,数字为虚构,仅用于展示预决算公开功能。",
        ]),
    ];

    public static async Task LoadAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        if (await db.Budgets.AnyAsync()) return;
        var column = await db.Columns.Where(c => c.Slug == BudgetDrafts.ColumnSlug).Select(c => c.Id).FirstOrDefaultAsync();
        if (column == 0) return;
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).FirstAsync();
        var staff = await db.Set<StaffUser>().ToDictionaryAsync(u => u.UserName!, u => u);
        var author = ActorFor(staff["author"], Roles.Author);
        var reviewer = ActorFor(staff["reviewer"], Roles.Reviewer);
        var leader = ActorFor(staff["leader"], Roles.Leader);

        foreach (var year in Years)
        {
            var tables = Tables(year);
            var problems = tables.SelectMany(BudgetChecker.Check).ToList();
            if (problems.Count > 0) throw new InvalidOperationException("Demo budget is inconsistent: " + problems[0]);

            var date = DateOnly.ParseExact(year.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var at = Cst.FromCstLocal(date.ToDateTime(new TimeOnly(9, 0)));
            var title = $"{organisation}{year.FiscalYear}年{BudgetKinds.Name(year.Kind)}{DemoMark}";
            var content = new EditionContent(title, year.Explanation[0], BudgetText.ToHtml(string.Join("\n", year.Explanation)), null, "财政预决算",
                date, Validity.Valid, DisclosureMode.Proactive, null);

            await using var tx = await db.Database.BeginTransactionAsync();
            var publication = Publication.Draft(PublicationKind.Budget, column, author.DepartmentId!.Value, author, at, content);
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            db.Budgets.Add(new Budget(publication.Id, year.FiscalYear, year.Kind));
            var edition = publication.Editions[0];
            foreach (var table in tables)
                db.BudgetLines.AddRange(table.Rows.Select((r, i) => BudgetLine.From(edition.Id, table.Kind, i + 1, r)));
            // Lines first: the database refuses changes to the tables of an edition that is no longer a draft.
            await db.SaveChangesAsync();
            edition.Submit(author, at.AddMinutes(10));
            edition.PassReview(reviewer, at.AddHours(2), DisclosureMode.Proactive, "经审查,不涉密");
            await db.SaveChangesAsync();
            await allocator.PublishAsync(edition, leader, at.AddHours(4));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
    }

    static List<ParsedTable> Tables(Year y)
    {
        var leaves = y.Leaves;
        decimal General(Leaf l) => l.Basic + l.Project - l.BusinessIncome - l.OtherIncome;
        var byClass = leaves.GroupBy(l => l.Code[..3]).OrderBy(g => g.Key).ToList();
        string ClassName(string code) => FunctionClassification.Find(code)!.Name;

        var summary = new List<BudgetRow>();
        var grants = new List<BudgetRow>();
        void Add(List<BudgetRow> rows, string section, string name, decimal amount) => rows.Add(new(rows.Count + 2, section, null, name, [amount]));
        Add(summary, "收入", "一般公共预算拨款", leaves.Sum(General));
        Add(summary, "收入", "事业收入", leaves.Sum(l => l.BusinessIncome));
        Add(summary, "收入", "其他收入", leaves.Sum(l => l.OtherIncome));
        foreach (var g in byClass) Add(summary, "支出", ClassName(g.Key), g.Sum(l => l.Basic + l.Project));
        Add(grants, "收入", "一般公共预算拨款", leaves.Sum(General));
        foreach (var g in byClass) Add(grants, "支出", ClassName(g.Key), g.Sum(General));

        var economic = Economic(leaves.Sum(l => l.Basic - l.BusinessIncome - l.OtherIncome), y.ThreePublic, leaves);
        var three = new List<BudgetRow>();
        var t = y.ThreePublic;
        foreach (var (name, amount) in new[] { (ThreePublicItems.TravelAbroad, t[0]), (ThreePublicItems.Vehicles, t[1] + t[2]),
                     (ThreePublicItems.VehiclePurchase, t[1]), (ThreePublicItems.VehicleOperation, t[2]), (ThreePublicItems.Reception, t[3]) })
            three.Add(new(three.Count + 2, null, null, name, [amount]));

        return
        [
            new(BudgetTableKind.Summary, summary, []),
            new(BudgetTableKind.Income, Hierarchy(leaves, l => [l.Basic + l.Project, General(l), l.BusinessIncome, l.OtherIncome], FunctionClassification.Find), []),
            new(BudgetTableKind.Expenditure, Hierarchy(leaves, l => [l.Basic + l.Project, l.Basic, l.Project], FunctionClassification.Find), []),
            new(BudgetTableKind.FiscalGrants, grants, []),
            new(BudgetTableKind.FunctionalExpenditure, Hierarchy(leaves, l => [General(l), l.Basic - l.BusinessIncome - l.OtherIncome, l.Project], FunctionClassification.Find), []),
            new(BudgetTableKind.BasicExpenditureByEconomic, economic, []),
            new(BudgetTableKind.ThreePublic, three, []),
        ];
    }

    /// <summary>Coded rows 类 → 款 → 项 with each parent the sum of its children.</summary>
    static List<BudgetRow> Hierarchy(IEnumerable<Leaf> leaves, Func<Leaf, decimal[]> amounts, Func<string, ClassificationCode?> find)
    {
        var items = leaves.Select(l => (l.Code, Amounts: amounts(l))).ToList();
        var codes = items.SelectMany(i => new[] { i.Code![..3], i.Code.Length >= 5 ? i.Code[..5] : null, i.Code.Length == 7 ? i.Code : null })
            .Where(c => c is not null).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        return codes.Select((code, n) => new BudgetRow(n + 2, null, code, find(code!)!.Name,
            BudgetTotals.Sum(items.Where(i => i.Code!.StartsWith(code!, StringComparison.Ordinal))
                .Select(i => new BudgetRow(0, null, i.Code, "", i.Amounts)), items[0].Amounts.Length))).ToList();
    }

    /// <summary>Basic spending by economic class; 其他商品和服务支出 takes the remainder so the total matches the function table.</summary>
    static List<BudgetRow> Economic(decimal total, decimal[] threePublic, Leaf[] leaves)
    {
        decimal Leaf(string code) => leaves.Where(l => l.Code == code).Sum(l => l.Basic);
        var salary = Math.Round(total * 0.5m, 2);
        var lines = new List<(string Code, decimal Amount)>
        {
            ("30101", Math.Round(salary * 0.42m, 2)), ("30102", Math.Round(salary * 0.38m, 2)), ("30103", Math.Round(salary * 0.04m, 2)),
            ("30104", Math.Round(salary * 0.13m, 2)), ("30199", salary - Math.Round(salary * 0.42m, 2) - Math.Round(salary * 0.38m, 2) - Math.Round(salary * 0.04m, 2) - Math.Round(salary * 0.13m, 2)),
            ("30201", 38.00m), ("30205", 4.20m), ("30206", 9.80m), ("30207", 12.50m), ("30208", 26.00m), ("30211", 35.00m),
            ("30212", threePublic[0]), ("30213", 10.00m), ("30215", 12.00m), ("30216", 9.00m), ("30217", threePublic[3]),
            ("30228", 8.40m), ("30231", threePublic[2]),
            ("30302", Leaf("2080501") + Leaf("2080502")), ("30307", Leaf("2100501") + Leaf("2100502")),
            ("30311", Leaf("2210201")), ("30312", Leaf("2210202")),
        };
        lines.Add(("30299", total - lines.Sum(l => l.Amount)));
        if (lines[^1].Amount < 0) throw new InvalidOperationException("Demo economic breakdown exceeds the basic expenditure.");
        return Hierarchy(lines.Select(l => new Leaf(l.Code, l.Amount, 0)), l => [l.Basic], EconomicClassification.Find);
    }

    static Actor ActorFor(StaffUser user, string role) => new(user.Id, user.DisplayName, new HashSet<string> { role }, user.DepartmentId, "127.0.0.1");
}
