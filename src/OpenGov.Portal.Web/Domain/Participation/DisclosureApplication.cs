using System.ComponentModel.DataAnnotations;
using System.Globalization;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// An application for disclosure (依申请公开). Only the verbs below change it; each checks who may act and
/// the regulation's rules, and raises an audit record. The deadline is <see cref="DisclosureDeadline"/>.
/// </summary>
public sealed class DisclosureApplication : IRaisesAudit
{
    public const int NameMax = 100;
    public const int PersonNameMax = 50;
    public const int IdNumberMax = 30;
    public const int UnifiedCodeLength = 18;
    public const int PhoneMax = 30;
    public const int EmailMax = 100;
    public const int AddressMax = 200;
    public const int DescriptionMax = 2000;
    public const int PurposeMax = 500;
    public const int CorrectionRequestMax = 1000;
    public const int CorrectionTextMax = 2000;
    public const int ReasonMax = 500;
    public const int AnswerTextMax = 4000;
    public const int ReferredBodyMax = 200;

    /// <summary>The applicant, as the actor of a correction sent through the tracking page.</summary>
    static readonly Actor Applicant = new("applicant", "申请人(网上补正)", new HashSet<string>(), null);

    readonly List<AuditRecord> pendingAudit = [];

    public int Id { get; private set; }
    public string TrackingCode { get; private set; } = "";

    public ApplicantType ApplicantType { get; private set; }
    public OrganisationType? OrganisationType { get; private set; }
    public string ApplicantName { get; private set; } = "";
    public IdDocumentType? IdType { get; private set; }
    public string? IdNumber { get; private set; }
    public string? UnifiedCode { get; private set; }
    public string? LegalRepresentative { get; private set; }
    public string? ContactName { get; private set; }
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Address { get; private set; }

    public string Description { get; private set; } = "";
    public string? Purpose { get; private set; }
    public PreferredForm PreferredForm { get; private set; }
    public DeliveryMethod Delivery { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public ApplicationStatus Status { get; private set; }

    public int? DepartmentId { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }

    public DateOnly? CorrectionRequestedOn { get; private set; }
    public string? CorrectionRequest { get; private set; }
    public DateOnly? CorrectionDueOn { get; private set; }
    public DateOnly? CorrectionReceivedOn { get; private set; }
    public string? CorrectionText { get; private set; }

    public int ExtensionWorkingDays { get; private set; }
    public string? ExtensionReason { get; private set; }
    public string? ExtensionApprovedById { get; private set; }
    public string? ExtensionApprovedByName { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }

    public List<ThirdPartyConsultation> Consultations { get; private set; } = [];
    public List<DisclosureDocument> Documents { get; private set; } = [];

    public AnswerType? AnswerType { get; private set; }
    public DisclosureOutcome? Outcome { get; private set; }
    public string? AnswerText { get; private set; }
    public string? LegalBasis { get; private set; }
    public string? ReferredBody { get; private set; }
    public string? WhereToFind { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public string? AnsweredById { get; private set; }
    public string? AnsweredByName { get; private set; }

    /// <summary>The deadline as it stood when the answer was given; statistics count on time against it.</summary>
    public DateOnly? DueOnAtAnswer { get; private set; }

    [Timestamp]
    public uint Version { get; private set; }

    private DisclosureApplication() { }

    public static DisclosureApplication Submit(string trackingCode, ApplicantDetails applicant, RequestDetails request, DateTimeOffset now) => new()
    {
        TrackingCode = trackingCode,
        ApplicantType = applicant.Type,
        OrganisationType = applicant.Type == ApplicantType.LegalPerson ? applicant.OrganisationType ?? Participation.OrganisationType.Other : null,
        ApplicantName = applicant.Name.Trim(),
        IdType = applicant.Type == ApplicantType.NaturalPerson ? applicant.IdType : null,
        IdNumber = applicant.Type == ApplicantType.NaturalPerson ? Clean(applicant.IdNumber)?.ToUpperInvariant() : null,
        UnifiedCode = applicant.Type == ApplicantType.LegalPerson ? Clean(applicant.UnifiedCode)?.ToUpperInvariant() : null,
        LegalRepresentative = applicant.Type == ApplicantType.LegalPerson ? Clean(applicant.LegalRepresentative) : null,
        ContactName = applicant.Type == ApplicantType.LegalPerson ? Clean(applicant.ContactName) : null,
        Phone = applicant.Phone.Trim(),
        Email = Clean(applicant.Email),
        Address = Clean(applicant.Address),
        Description = request.Description.Trim(),
        Purpose = Clean(request.Purpose),
        PreferredForm = request.PreferredForm,
        Delivery = request.Delivery,
        ReceivedAt = now,
        ReceivedOn = ChinaDate.Of(now),
        Status = ApplicationStatus.Processing,
    };

    public ApplicantColumn Column => DisclosureOutcomes.ColumnOf(ApplicantType, OrganisationType);

    public bool IsOpen => Status != ApplicationStatus.Answered;

    public DeadlineFacts Facts => new(ReceivedOn, CorrectionRequestedOn, CorrectionDueOn, CorrectionReceivedOn, ExtensionWorkingDays,
        ExtensionApprovedByName, ExtensionReason, Consultations.Select(c => c.Period).ToList());

    public DeadlineCalculation Deadline(WorkingDayCalculator calendar) => DisclosureDeadline.Calculate(calendar, Facts);

    public void Assign(Actor actor, DateTimeOffset now, int departmentId, ParticipationDesk desk)
    {
        desk.RequireCoordinator(actor);
        Require(IsOpen, "该申请已答复,不能再分办");
        DepartmentId = departmentId;
        AssignedAt = now;
        Audit(actor, now, "application.assign", Status, Status, "处室 " + departmentId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>补正: once, within 7 working days of receipt; the applicant has <paramref name="workingDaysToAnswer"/> working days.</summary>
    public void RequestCorrection(Actor actor, DateTimeOffset now, string request, WorkingDayCalculator calendar, int workingDaysToAnswer)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(Status == ApplicationStatus.Processing, "只有办理中的申请可以要求补正");
        Require(CorrectionRequestedOn is null, "补正应当一次性告知,该申请已要求过补正(《政府信息公开条例》第三十条)");
        RequireText(request, "请写明需要补正的事项");
        var today = ChinaDate.Of(now);
        var last = DisclosureDeadline.LastDayForCorrectionNotice(calendar, ReceivedOn);
        Require(today <= last, $"补正应当自收到申请之日起 {DisclosureDeadline.CorrectionNoticeWorkingDays} 个工作日内告知(截至 {last:yyyy-MM-dd}),已超过期限(《政府信息公开条例》第三十条)");
        CorrectionRequestedOn = today;
        CorrectionRequest = request.Trim();
        CorrectionDueOn = calendar.AddWorkingDays(today, workingDaysToAnswer);
        Move(actor, now, "application.correction.request", ApplicationStatus.AwaitingCorrection, CorrectionRequest);
    }

    /// <summary>The applicant's correction, sent through the tracking page (until the correction deadline).</summary>
    public void CorrectOnline(string text, DateTimeOffset now)
    {
        Require(Status == ApplicationStatus.AwaitingCorrection, "该申请当前不需要补正");
        var today = ChinaDate.Of(now);
        Require(CorrectionDueOn is null || today <= CorrectionDueOn, "补正期限已过,请与我局政府信息公开工作机构联系");
        RequireText(text, "请填写补正内容");
        ReceiveCorrection(Applicant, now, today, text.Trim());
    }

    /// <summary>Staff record a correction received another way (post, in person), on the day it arrived.</summary>
    public void RecordCorrection(Actor actor, DateTimeOffset now, DateOnly receivedOn, string text)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(Status == ApplicationStatus.AwaitingCorrection, "该申请不在待补正状态,可能已被他人处理,请刷新后重试");
        Require(receivedOn >= CorrectionRequestedOn && receivedOn <= ChinaDate.Of(now), "收到补正的日期应在要求补正之后、且不晚于今天");
        RequireText(text, "请填写补正内容摘要");
        ReceiveCorrection(actor, now, receivedOn, text.Trim());
    }

    public void StartConsultation(Actor actor, DateTimeOffset now, string thirdParty, DateOnly sentOn)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(Status == ApplicationStatus.Processing, "只有办理中的申请可以征求第三方意见");
        RequireText(thirdParty, "请填写第三方名称");
        Require(sentOn >= ReceivedOn && sentOn <= ChinaDate.Of(now), "征求意见的日期应在收到申请之后、且不晚于今天");
        Consultations.Add(new ThirdPartyConsultation(thirdParty.Trim(), sentOn));
        Move(actor, now, "application.consultation.start", ApplicationStatus.Consulting, thirdParty.Trim());
    }

    public void EndConsultation(Actor actor, DateTimeOffset now, DateOnly answeredOn, string? note)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(Status == ApplicationStatus.Consulting, "该申请不在征求意见状态,可能已被他人处理,请刷新后重试");
        var open = Consultations.Single(c => c.AnsweredOn is null);
        Require(answeredOn >= open.SentOn && answeredOn <= ChinaDate.Of(now), "收到意见的日期应在征求意见之后、且不晚于今天");
        open.Close(answeredOn, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        Move(actor, now, "application.consultation.end", ApplicationStatus.Processing, open.ThirdParty);
    }

    /// <summary>第三十三条第二款: once, at most 20 working days, approved by a Leader before the deadline passes.</summary>
    public void Extend(Actor actor, DateTimeOffset now, int workingDays, string reason, WorkingDayCalculator calendar)
    {
        if (!actor.IsIn(Roles.Leader) || actor.IsIn(Roles.Administrator)) throw new WorkflowException("只有主管领导可以批准延长答复期限");
        Require(Status is ApplicationStatus.Processing or ApplicationStatus.Consulting, "只有办理中的申请可以延长答复期限");
        Require(ExtensionWorkingDays == 0, "答复期限只能延长一次(《政府信息公开条例》第三十三条)");
        Require(workingDays is >= 1 and <= DisclosureDeadline.MaxExtensionWorkingDays, $"延长的期限为 1 至 {DisclosureDeadline.MaxExtensionWorkingDays} 个工作日");
        RequireText(reason, "请填写延长答复期限的理由");
        var due = Deadline(calendar).DueOn;
        Require(due is null || ChinaDate.Of(now) <= due, "答复期限已过,不能再延长");
        ExtensionWorkingDays = workingDays;
        ExtensionReason = reason.Trim();
        ExtensionApprovedById = actor.UserId;
        ExtensionApprovedByName = actor.Name;
        ExtendedOn = ChinaDate.Of(now);
        Audit(actor, now, "application.extend", Status, Status, $"{workingDays} 个工作日:{ExtensionReason}");
    }

    public void Answer(Actor actor, DateTimeOffset now, AnswerDetails answer, WorkingDayCalculator calendar)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        var today = ChinaDate.Of(now);
        var abandoned = Status == ApplicationStatus.AwaitingCorrection && answer.Outcome == DisclosureOutcome.OtherNoCorrection;
        if (abandoned) Require(CorrectionDueOn is { } cd && today > cd, "补正期限未过,不能以逾期不补正为由不再处理");
        else Require(Status == ApplicationStatus.Processing, Status == ApplicationStatus.Consulting
            ? "征求第三方意见尚未结束,请先登记收到意见" : Status == ApplicationStatus.AwaitingCorrection
            ? "申请人尚未补正" : "该申请已答复,可能已被他人处理,请刷新后重试");
        Require(DisclosureOutcomes.AllowedFor(answer.Type).Contains(answer.Outcome),
            $"答复类型“{DisclosureOutcomes.NameOf(answer.Type)}”不能统计为“{DisclosureOutcomes.FullNameOf(answer.Outcome)}”");
        RequireText(answer.Text, "请填写答复内容");
        if (answer.Type == Participation.AnswerType.AlreadyPublic) RequireText(answer.WhereToFind, "请写明获取该信息的方式和途径");
        if (answer.Type == Participation.AnswerType.NotHeldByThisBody) RequireText(answer.ReferredBody, "请写明负责公开该信息的机关名称和联系方式");
        if (answer.Type is Participation.AnswerType.Refused or Participation.AnswerType.PartiallyDisclosed or Participation.AnswerType.CannotProvide
            or Participation.AnswerType.NotProcessed or Participation.AnswerType.SpecialRegime)
            RequireText(answer.LegalBasis, "请写明理由和法律依据");

        DueOnAtAnswer = Deadline(calendar).DueOn ?? CorrectionDueOn;
        AnswerType = answer.Type;
        Outcome = answer.Outcome;
        AnswerText = answer.Text.Trim();
        LegalBasis = Clean(answer.LegalBasis);
        ReferredBody = Clean(answer.ReferredBody);
        WhereToFind = Clean(answer.WhereToFind);
        AnsweredAt = now;
        AnsweredOn = today;
        AnsweredById = actor.UserId;
        AnsweredByName = actor.Name;
        Move(actor, now, "application.answer", ApplicationStatus.Answered, DisclosureOutcomes.FullNameOf(answer.Outcome));
    }

    public bool AnsweredOnTime => AnsweredOn is { } a && DueOnAtAnswer is { } d && a <= d;

    public DisclosureDocument AttachDocument(Actor actor, DateTimeOffset now, string fileName, string contentType, long size, string sha256)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        var document = new DisclosureDocument(fileName, contentType, size, sha256, now, actor.Name);
        Documents.Add(document);
        Audit(actor, now, "application.document.attach", Status, Status, fileName);
        return document;
    }

    public void RemoveDocument(Actor actor, DateTimeOffset now, int documentId)
    {
        ParticipationDesk.RequireHandler(actor, DepartmentId);
        Require(IsOpen, "已答复的申请不能删除附件");
        var document = Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new WorkflowException("该附件不存在,可能已被删除");
        Documents.Remove(document);
        Audit(actor, now, "application.document.remove", Status, Status, document.FileName);
    }

    public void RecordPersonalDataViewed(Actor actor, DateTimeOffset now) =>
        pendingAudit.Add(AuditRecord.For(actor, now, "application.personal-data.view", nameof(DisclosureApplication), Id.ToString(CultureInfo.InvariantCulture)));

    public IReadOnlyList<AuditRecord> TakePendingAudit()
    {
        var records = pendingAudit.ToList();
        pendingAudit.Clear();
        return records;
    }

    void ReceiveCorrection(Actor actor, DateTimeOffset now, DateOnly receivedOn, string text)
    {
        CorrectionReceivedOn = receivedOn;
        CorrectionText = text.Length > CorrectionTextMax ? text[..CorrectionTextMax] : text;
        Move(actor, now, "application.correction.receive", ApplicationStatus.Processing, null);
    }

    void Move(Actor actor, DateTimeOffset now, string action, ApplicationStatus to, string? reason)
    {
        var from = Status;
        Status = to;
        Audit(actor, now, action, from, to, reason);
    }

    void Audit(Actor actor, DateTimeOffset now, string action, ApplicationStatus from, ApplicationStatus to, string? reason) =>
        pendingAudit.Add(AuditRecord.For(actor, now, action, nameof(DisclosureApplication), Id.ToString(CultureInfo.InvariantCulture),
            from.ToString(), to.ToString(), reason is { Length: > 500 } ? reason[..500] : reason));

    static void Require(bool condition, string message)
    {
        if (!condition) throw new WorkflowException(message);
    }

    static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new WorkflowException(message);
    }

    static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
