using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Domain.Staff;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// Demo data of citizens' participation, set in 2012 like the rest of the demo bureau: the 2012/2013
/// holiday calendar, a few blocked words, letters (some replied and published), one closed survey with
/// answers, and applications with varied outcomes. Every person is invented ("演示"). Idempotent: each
/// part is skipped when its table already has rows. Everything goes through the real domain verbs.
/// </summary>
public static class DemoParticipation
{
    public static async Task LoadAsync(PortalDbContext db, IndexNumberAllocator allocator)
    {
        await LoadCalendarAsync(db);
        await LoadBlockedWordsAsync(db);
        var staff = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u);
        if (!staff.ContainsKey("author")) return;
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);
        var desk = new ParticipationDesk(departments["zhxt"]);
        var calendar = await db.WorkingDaysAsync();
        await LoadLettersAsync(db, staff, departments, desk);
        await LoadSurveyAsync(db, allocator, staff, departments);
        await LoadApplicationsAsync(db, staff, departments, desk, calendar);
    }

    /// <summary>国务院办公厅 holiday arrangements for 2012 (国办发明电〔2011〕39号) and New Year 2013.</summary>
    static readonly (string From, string To, DayKind Kind, string Name)[] Holidays =
    [
        ("2011-12-31", "2011-12-31", DayKind.MakeUpWorkday, "元旦调休上班"),
        ("2012-01-01", "2012-01-03", DayKind.Holiday, "元旦"),
        ("2012-01-21", "2012-01-21", DayKind.MakeUpWorkday, "春节调休上班"),
        ("2012-01-22", "2012-01-28", DayKind.Holiday, "春节"),
        ("2012-01-29", "2012-01-29", DayKind.MakeUpWorkday, "春节调休上班"),
        ("2012-03-31", "2012-04-01", DayKind.MakeUpWorkday, "清明节调休上班"),
        ("2012-04-02", "2012-04-04", DayKind.Holiday, "清明节"),
        ("2012-04-28", "2012-04-28", DayKind.MakeUpWorkday, "劳动节调休上班"),
        ("2012-04-29", "2012-05-01", DayKind.Holiday, "劳动节"),
        ("2012-06-22", "2012-06-24", DayKind.Holiday, "端午节"),
        ("2012-09-29", "2012-09-29", DayKind.MakeUpWorkday, "国庆节调休上班"),
        ("2012-09-30", "2012-10-07", DayKind.Holiday, "中秋节、国庆节"),
        ("2013-01-01", "2013-01-03", DayKind.Holiday, "元旦"),
        ("2013-01-05", "2013-01-06", DayKind.MakeUpWorkday, "元旦调休上班"),
    ];

    static async Task LoadCalendarAsync(PortalDbContext db)
    {
        var known = (await db.CalendarDays.Select(d => d.Date).ToListAsync()).ToHashSet();
        foreach (var (from, to, kind, name) in Holidays)
        {
            for (var d = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture); d <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture); d = d.AddDays(1))
            {
                if (known.Add(d)) db.CalendarDays.Add(new CalendarDay { Date = d, Kind = kind, Name = name });
            }
        }
        await db.SaveChangesAsync();
    }

    static async Task LoadBlockedWordsAsync(PortalDbContext db)
    {
        if (await db.BlockedWords.AnyAsync()) return;
        foreach (var word in new[] { "代开发票", "办证刻章", "网络赌博", "广告推广" })
            db.BlockedWords.Add(new BlockedWord { Word = word, AddedAt = At("2012-01-05", 9), AddedByName = "陈刚(演示)" });
        await db.SaveChangesAsync();
    }

    static async Task LoadLettersAsync(PortalDbContext db, Dictionary<string, StaffUser> staff, Dictionary<string, int> departments, ParticipationDesk desk)
    {
        if (await db.FeedbackLetters.AnyAsync()) return;
        var coordinator = ActorFor(staff["author"], Roles.Author);
        var reviewer = ActorFor(staff["reviewer"], Roles.Reviewer);
        var words = await db.BlockedWords.Select(w => w.Word).ToListAsync();

        FeedbackLetter Letter(FeedbackCategory category, string subject, string body, string? name, string phone, bool consent, string date, int hour) =>
            FeedbackLetter.Receive(TrackingCode.New(), category, subject, body, name, phone, $"demo{hour}@example.com", consent, At(date, hour),
                BlockedWord.FoundIn(words, subject, body, name));

        var fees = Letter(FeedbackCategory.Consultation, "专利费用减缓如何申请?",
            "我是个人发明人,想了解专利费用减缓的条件和需要提交的材料。(演示留言)", "赵演示", "13800000001", true, "2012-04-09", 10);
        var training = Letter(FeedbackCategory.Suggestion, "建议增加专利信息检索培训场次",
            "去年参加过一次专利信息检索培训,很有帮助,建议每季度举办一次,并在网站提前公布报名方式。(演示留言)", null, "13800000002", true, "2012-06-18", 15);
        var queue = Letter(FeedbackCategory.Complaint, "代办处窗口排队时间较长",
            "6月下旬到代办处办理业务,排队约一个小时,希望增加窗口或开通预约。(演示留言)", "钱演示", "13800000003", false, "2012-07-02", 9);
        var progress = Letter(FeedbackCategory.Consultation, "专利申请受理进度在哪里查询?",
            "11月提交的专利申请,如何查询受理进度?(演示留言)", "孙演示", "13800000004", true, "2012-12-03", 11);
        var spam = Letter(FeedbackCategory.Report, "代开发票 广告推广",
            "专业代开发票,广告推广,联系电话见标题。(演示:含屏蔽词的留言,转人工审核)", null, "13800000005", false, "2012-12-10", 8);
        var fresh = Letter(FeedbackCategory.Suggestion, "建议公开更多专利统计数据",
            "建议在统计数据栏目按市(地)公布专利授权量。(演示留言)", "李演示", "13800000006", true, "2012-12-14", 14);
        db.FeedbackLetters.AddRange(fees, training, queue, progress, spam, fresh);
        await db.SaveChangesAsync();

        fees.Assign(coordinator, At("2012-04-09", 14), departments["zlgl"], desk);
        fees.Reply(ActorFor(staff["author2"], Roles.Author), At("2012-04-11", 10),
            "您好!个人申请人可以请求减缓申请费、实质审查费和年费等费用,需提交费用减缓请求书及收入证明。详情请见本网站“办事服务”栏目,或致电专利局哈尔滨代办处咨询。");
        fees.ApprovePublication(reviewer, At("2012-04-12", 9), fees.Subject, fees.Body, "经审查,不涉密");

        training.Assign(coordinator, At("2012-06-19", 9), departments["fwzx"], desk);
        training.Reply(ActorFor(staff["author5"], Roles.Author), At("2012-06-25", 16),
            "感谢您的建议!省知识产权服务中心下半年将每季度举办一期专利信息检索培训,报名方式将提前在“通知公告”栏目公布。");
        training.ApprovePublication(reviewer, At("2012-06-26", 10), training.Subject, training.Body, null);

        queue.Assign(coordinator, At("2012-07-02", 15), departments["hebdb"], desk);
        queue.Reply(ActorFor(staff["author6"], Roles.Author), At("2012-07-05", 11),
            "感谢您的反映。代办处已于7月起在业务高峰期增开一个受理窗口,并开通电话预约服务。");

        progress.Assign(coordinator, At("2012-12-03", 15), departments["zlgl"], desk);
        await db.SaveWithAuditAsync();
    }

    static async Task LoadSurveyAsync(PortalDbContext db, IndexNumberAllocator allocator, Dictionary<string, StaffUser> staff, Dictionary<string, int> departments)
    {
        if (await db.Surveys.AnyAsync()) return;
        var columnId = await db.Columns.Where(c => c.Slug == "hudong").Select(c => (int?)c.Id).FirstOrDefaultAsync();
        if (columnId is null) return;
        var author = ActorFor(staff["author"], Roles.Author);
        var reviewer = ActorFor(staff["reviewer"], Roles.Reviewer);
        var leader = ActorFor(staff["leader"], Roles.Leader);
        var created = At("2012-10-22", 9);
        const string intro = "为了解社会各界对我局政务公开工作的意见和建议,现开展本次问卷调查。调查采取匿名方式,感谢您的参与!(演示问卷)";

        await using var tx = await db.Database.BeginTransactionAsync();
        var publication = Publication.Draft(PublicationKind.Survey, columnId.Value, departments["zhxt"], author, created,
            new EditionContent("2012年度政务公开工作满意度调查", intro, $"<p>{WebUtility.HtmlEncode(intro)}</p>", null, "在线调查",
                DateOnly.FromDateTime(created.UtcDateTime), Validity.Valid, DisclosureMode.Proactive, null));
        db.Publications.Add(publication);
        var edition = publication.Editions[0];
        var survey = new Survey(edition, intro, new DateOnly(2012, 11, 1), new DateOnly(2012, 11, 30));
        var channel = survey.AddQuestion(author, created, "您主要通过什么渠道了解我局的政务公开信息?", QuestionType.SingleChoice, true,
            ["局门户网站", "省政务公开网", "报刊、广播、电视", "办事大厅公示栏", "其他"]);
        var topics = survey.AddQuestion(author, created, "您最关注哪些公开内容?(可多选)", QuestionType.MultipleChoice, true,
            ["政策文件", "办事服务", "财政预决算", "行政权力运行", "专利统计数据"]);
        var rating = survey.AddQuestion(author, created, "您对我局政务公开工作的总体满意度", QuestionType.Rating, true, []);
        var advice = survey.AddQuestion(author, created, "您对我局政务公开工作有何意见和建议?", QuestionType.FreeText, false, []);
        db.Surveys.Add(survey);
        edition.Submit(author, created.AddMinutes(30));
        edition.PassReview(reviewer, At("2012-10-23", 10), DisclosureMode.Proactive, "经审查,不涉密");
        await db.SaveChangesAsync();
        await allocator.PublishAsync(edition, leader, At("2012-10-24", 9));
        await db.SaveChangesAsync();
        await tx.CommitAsync();

        // Twelve invented answers (indexes into the options above; 0 = no answer to the optional question).
        (int Channel, int[] Topics, int Rating, string? Advice)[] answers =
        [
            (0, [0, 1], 5, "希望政策文件配发图解。"), (0, [1], 4, null), (1, [0, 4], 4, "统计数据可提供表格下载。"), (0, [2], 3, null),
            (3, [1, 3], 5, null), (0, [0, 1, 4], 4, "办事指南再详细一些。"), (2, [0], 3, null), (0, [4], 5, null),
            (1, [1, 2], 4, "=建议公开更多数据"), (0, [0, 3], 2, "网站搜索不太好用。"), (4, [1], 4, null), (0, [0, 1, 2, 3, 4], 5, null),
        ];
        var day = 0;
        foreach (var (c, t, r, a) in answers)
        {
            var at = At("2012-11-01", 9).AddDays(day++ * 2);
            var input = new Dictionary<int, SurveyAnswerInput>
            {
                [channel.Id] = new([Option(channel, c)]),
                [topics.Id] = new(t.Select(i => Option(topics, i)).ToList()),
                [rating.Id] = new([r.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
                [advice.Id] = new(a is null ? [] : [a]),
            };
            var response = survey.Respond(input, at, ChinaDate.Of(at), out _) ?? throw new InvalidOperationException("Demo survey answer refused.");
            db.SurveyResponses.Add(response);
        }
        await db.SaveChangesAsync();
    }

    static string Option(SurveyQuestion q, int index) =>
        q.Options.OrderBy(o => o.SortOrder).ElementAt(index).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static async Task LoadApplicationsAsync(PortalDbContext db, Dictionary<string, StaffUser> staff, Dictionary<string, int> departments,
        ParticipationDesk desk, WorkingDayCalculator calendar)
    {
        if (await db.DisclosureApplications.AnyAsync()) return;
        var coordinator = ActorFor(staff["author"], Roles.Author);
        var patents = ActorFor(staff["author2"], Roles.Author);
        var leader = ActorFor(staff["leader"], Roles.Leader);

        static ApplicantDetails Person(string name, string idBody) =>
            new(ApplicantType.NaturalPerson, name, "13900000000", "applicant@example.com", "黑龙江省哈尔滨市南岗区演示路1号",
                IdDocumentType.ResidentIdCard, idBody + Models.Participation.IdNumbers.CheckDigit(idBody));
        static ApplicantDetails Organisation(string name, OrganisationType type) =>
            new(ApplicantType.LegalPerson, name, "0451-00000001", "org@example.com", "黑龙江省哈尔滨市演示大街2号",
                OrganisationType: type, UnifiedCode: "91230100MA00000001", LegalRepresentative: "周演示", ContactName: "吴演示");
        static RequestDetails Request(string what, DeliveryMethod delivery = DeliveryMethod.Email) =>
            new(what + "(演示申请)", "科研参考", PreferredForm.Email, delivery);

        DisclosureApplication Apply(ApplicantDetails applicant, RequestDetails request, string date) =>
            DisclosureApplication.Submit(TrackingCode.New(), applicant, request, At(date, 10));

        var carriedOver = Apply(Person("冯演示", "23010219800101001"), Request("2011年全省专利资助资金分配情况"), "2011-12-26");
        var disclosed = Apply(Person("陈演示", "23010219850505002"), Request("2012年省专利优势企业评审办法"), "2012-03-05");
        var alreadyPublic = Apply(Person("褚演示", "23010219900909003"), Request("2012年省知识产权局政务公开工作要点"), "2012-05-10");
        var refused = Apply(Organisation("哈尔滨演示科技有限公司", OrganisationType.Commercial), Request("某企业专利资助项目申报材料"), "2012-06-11");
        var notHeld = Apply(Organisation("黑龙江演示律师事务所", OrganisationType.LegalService), Request("全国专利无效宣告案件统计"), "2012-07-02");
        var partial = Apply(Person("卫演示", "23010219750303004"), Request("2012年高校院所专利资金项目评审专家意见", DeliveryMethod.Post), "2012-09-28");
        var repeat = Apply(Organisation("黑龙江演示知识产权研究院", OrganisationType.Research), Request("2012年高校院所专利资金项目评审专家意见"), "2012-11-05");
        var carriedForward = Apply(Organisation("黑龙江演示专利信息公益服务中心", OrganisationType.PublicWelfare), Request("2012年专利统计快报原始数据"), "2012-12-24");
        var open = Apply(Person("蒋演示", "23010219950606005"), Request("专利局哈尔滨代办处2012年业务量统计"), "2012-12-27");
        db.DisclosureApplications.AddRange(carriedOver, disclosed, alreadyPublic, refused, notHeld, partial, repeat, carriedForward, open);
        await db.SaveChangesAsync();

        foreach (var a in new[] { carriedOver, disclosed, alreadyPublic, refused, notHeld, partial, repeat, carriedForward, open })
            a.Assign(coordinator, a.ReceivedAt.AddHours(3), departments["zlgl"], desk);

        carriedOver.Answer(patents, At("2012-01-09", 15), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed,
            "经审查,您申请的信息可以公开,现以电子邮件提供。"), calendar);

        disclosed.Answer(patents, At("2012-03-20", 15), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed,
            "经审查,您申请的《2012年省专利优势企业评审办法》可以公开,现提供电子文本,见附件。"), calendar);
        var pdf = "%PDF-1.4\n% 演示文件 demo document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha)) db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = sha, Data = pdf });
        disclosed.AttachDocument(patents, At("2012-03-20", 14), "2012年省专利优势企业评审办法(演示).pdf", "application/pdf", pdf.Length, sha);

        alreadyPublic.Answer(patents, At("2012-05-14", 10), new(AnswerType.AlreadyPublic, DisclosureOutcome.Disclosed,
            "您申请的信息已经主动公开。", WhereToFind: "本网站“政策文件”栏目,黑知办〔2012〕3号"), calendar);

        refused.StartConsultation(patents, At("2012-06-15", 9), "哈尔滨某演示企业(第三方)", new DateOnly(2012, 6, 15));
        refused.EndConsultation(patents, At("2012-06-29", 16), new DateOnly(2012, 6, 29), "第三方不同意公开");
        refused.Answer(patents, At("2012-07-16", 10), new(AnswerType.Refused, DisclosureOutcome.RefusedThirdPartyRights,
            "经征求第三方意见,您申请的信息涉及第三方商业秘密,决定不予公开。", LegalBasis: "《中华人民共和国政府信息公开条例》第十五条"), calendar);

        notHeld.Answer(patents, At("2012-07-10", 10), new(AnswerType.NotHeldByThisBody, DisclosureOutcome.UnableNotHeld,
            "您申请的信息不属于本机关负责公开。", ReferredBody: "国家知识产权局专利复审委员会(演示联系方式:010-00000000)"), calendar);

        partial.RequestCorrection(patents, At("2012-10-09", 10), "请说明所需评审专家意见对应的具体项目名称。", calendar, 7);
        partial.RecordCorrection(patents, At("2012-10-12", 15), new DateOnly(2012, 10, 12), "申请人补充说明:所需为“寒地作物专利转化”项目的评审意见。");
        partial.Extend(leader, At("2012-11-05", 9), 10, "所需信息涉及多个评审专家,需逐一核对", calendar);
        partial.Answer(patents, At("2012-11-16", 10), new(AnswerType.PartiallyDisclosed, DisclosureOutcome.PartiallyDisclosed,
            "经审查,评审意见中的评分汇总可以公开,专家个人信息不予公开,现以邮寄方式提供可以公开的部分。",
            LegalBasis: "《中华人民共和国政府信息公开条例》第十五条、第三十七条"), calendar);

        repeat.Answer(patents, At("2012-11-12", 10), new(AnswerType.Repeat, DisclosureOutcome.NotProcessedRepeat,
            "本机关已就相同政府信息作出答复,对您的重复申请不予重复处理。"), calendar);

        carriedForward.Answer(patents, At("2013-01-10", 10), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed,
            "经审查,您申请的信息可以公开,现以电子邮件提供。"), calendar);
        await db.SaveWithAuditAsync();
    }

    static DateTimeOffset At(string date, int hour) =>
        Cst.FromCstLocal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, 0)));

    static Actor ActorFor(StaffUser user, string role) =>
        new(user.Id, user.DisplayName, new HashSet<string> { role }, user.DepartmentId, "127.0.0.1");
}
