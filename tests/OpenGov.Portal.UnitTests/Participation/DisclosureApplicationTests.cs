using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using static OpenGov.Portal.UnitTests.Participation.Calendars;
using static OpenGov.Portal.UnitTests.Participation.People;

namespace OpenGov.Portal.UnitTests.Participation;

public sealed class DisclosureApplicationTests
{
    static DisclosureApplication Received(string date = "2012-09-28", ApplicantDetails? applicant = null)
    {
        var a = DisclosureApplication.Submit(TrackingCode.New(), applicant ?? Person, Request, At(date));
        a.Assign(Coordinator, At(date), Patents, Desk);
        return a;
    }

    [Fact]
    public void Only_the_coordinating_department_assigns()
    {
        var a = DisclosureApplication.Submit(TrackingCode.New(), Person, Request, At("2012-09-28"));
        Assert.Throws<WorkflowException>(() => a.Assign(Handler, At("2012-09-28"), Patents, Desk));
        a.Assign(Coordinator, At("2012-09-28"), Patents, Desk);
        Assert.Equal(Patents, a.DepartmentId);
    }

    [Fact]
    public void Only_authors_of_the_assigned_department_handle()
    {
        var a = Received();
        var e = Assert.Throws<WorkflowException>(() => a.RequestCorrection(OtherAuthor, At("2012-10-08"), "请说明", Year2012, 7));
        Assert.Contains("承办处室", e.Message, StringComparison.Ordinal);
        Assert.Throws<WorkflowException>(() => a.Answer(Coordinator, At("2012-10-08"), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed, "答复"), Year2012));
    }

    [Fact]
    public void A_correction_is_requested_once_within_seven_working_days()
    {
        var late = Received();
        var e = Assert.Throws<WorkflowException>(() => late.RequestCorrection(Handler, At("2012-10-16"), "请说明", Year2012, 7));
        Assert.Contains("7 个工作日", e.Message, StringComparison.Ordinal);

        var a = Received();
        a.RequestCorrection(Handler, At("2012-10-15"), "请说明所需信息的文号", Year2012, 7);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, a.Status);
        Assert.Equal(D("2012-10-24"), a.CorrectionDueOn);
        a.CorrectOnline("文号为黑知发〔2012〕8号", At("2012-10-17"));
        Assert.Equal(ApplicationStatus.Processing, a.Status);
        Assert.Equal(D("2012-10-17"), a.CorrectionReceivedOn);
        Assert.Throws<WorkflowException>(() => a.RequestCorrection(Handler, At("2012-10-18"), "再次补正", Year2012, 7));
        Assert.Equal(Year2012.AddWorkingDays(D("2012-10-17"), 20), a.Deadline(Year2012).DueOn);
    }

    [Fact]
    public void The_applicant_cannot_correct_after_the_correction_deadline()
    {
        var a = Received();
        a.RequestCorrection(Handler, At("2012-10-08"), "请说明", Year2012, 7);
        Assert.Throws<WorkflowException>(() => a.CorrectOnline("补正", At("2012-10-18")));
        // Without a correction the application may be closed as 其他处理(1) once the deadline has passed.
        a.Answer(Handler, At("2012-10-18"), new(AnswerType.Terminated, DisclosureOutcome.OtherNoCorrection, "逾期未补正,不再处理"), Year2012);
        Assert.Equal(ApplicationStatus.Answered, a.Status);
    }

    [Fact]
    public void Only_a_leader_extends_once_by_at_most_twenty_working_days_before_the_deadline()
    {
        var a = Received("2012-09-03");
        Assert.Throws<WorkflowException>(() => a.Extend(Handler, At("2012-09-20"), 10, "档案较多", Year2012));
        Assert.Throws<WorkflowException>(() => a.Extend(Admin, At("2012-09-20"), 10, "档案较多", Year2012));
        Assert.Throws<WorkflowException>(() => a.Extend(Leader, At("2012-09-20"), 21, "档案较多", Year2012));
        Assert.Throws<WorkflowException>(() => a.Extend(Leader, At("2012-10-08"), 10, "已过期限", Year2012));

        a.Extend(Leader, At("2012-09-20"), 20, "档案较多", Year2012);
        Assert.Equal(D("2012-11-02"), a.Deadline(Year2012).DueOn);
        Assert.Equal("刘强", a.ExtensionApprovedByName);
        Assert.Throws<WorkflowException>(() => a.Extend(Leader, At("2012-09-21"), 5, "再延", Year2012));
    }

    [Fact]
    public void A_consultation_must_end_before_the_answer_and_is_not_counted()
    {
        var a = Received("2012-05-14");
        a.StartConsultation(Handler, At("2012-05-16"), "某公司", D("2012-05-16"));
        Assert.Equal(ApplicationStatus.Consulting, a.Status);
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-05-20"), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed, "答复"), Year2012));
        a.EndConsultation(Handler, At("2012-05-25"), D("2012-05-25"), "不同意公开");
        Assert.Equal(D("2012-06-20"), a.Deadline(Year2012).DueOn);
    }

    [Theory]
    [InlineData(AnswerType.Refused, DisclosureOutcome.Disclosed)]
    [InlineData(AnswerType.Disclosed, DisclosureOutcome.RefusedStateSecret)]
    [InlineData(AnswerType.NotHeldByThisBody, DisclosureOutcome.NotProcessedRepeat)]
    [InlineData(AnswerType.Repeat, DisclosureOutcome.UnableNotHeld)]
    public void The_outcome_must_fit_the_answer_type(AnswerType type, DisclosureOutcome outcome)
    {
        var a = Received();
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-10-09"),
            new(type, outcome, "答复", LegalBasis: "依据", ReferredBody: "某机关", WhereToFind: "网站"), Year2012));
    }

    [Fact]
    public void Each_answer_type_has_its_required_detail()
    {
        var a = Received();
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-10-09"), new(AnswerType.Refused, DisclosureOutcome.RefusedStateSecret, "不予公开"), Year2012));
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-10-09"), new(AnswerType.NotHeldByThisBody, DisclosureOutcome.UnableNotHeld, "非本机关"), Year2012));
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-10-09"), new(AnswerType.AlreadyPublic, DisclosureOutcome.Disclosed, "已公开"), Year2012));
        a.Answer(Handler, At("2012-10-09"), new(AnswerType.Refused, DisclosureOutcome.RefusedStateSecret, "不予公开", LegalBasis: "《条例》第十四条"), Year2012);
        Assert.Equal(DisclosureOutcome.RefusedStateSecret, a.Outcome);
        Assert.Equal(D("2012-11-01"), a.DueOnAtAnswer);
        Assert.True(a.AnsweredOnTime);
        Assert.Throws<WorkflowException>(() => a.Answer(Handler, At("2012-10-10"), new(AnswerType.Disclosed, DisclosureOutcome.Disclosed, "再答复"), Year2012));
    }

    [Fact]
    public void Every_verb_is_audited_with_the_actor()
    {
        var a = Received();
        a.RequestCorrection(Handler, At("2012-10-08"), "请说明", Year2012, 7);
        a.RecordPersonalDataViewed(Handler, At("2012-10-08"));
        var records = a.TakePendingAudit();
        Assert.Equal(["application.assign", "application.correction.request", "application.personal-data.view"], records.Select(r => r.Action));
        Assert.Equal("李华", records[1].ActorName);
        Assert.Empty(a.TakePendingAudit());
    }

    [Fact]
    public void Every_template_outcome_row_belongs_to_its_group_and_at_least_one_answer_type()
    {
        Assert.Equal(21, Enum.GetValues<DisclosureOutcome>().Length);
        Assert.Equal(8, Enum.GetValues<DisclosureOutcome>().Count(o => DisclosureOutcomes.CategoryOf(o) == OutcomeCategory.Refused));
        Assert.Equal(3, Enum.GetValues<DisclosureOutcome>().Count(o => DisclosureOutcomes.CategoryOf(o) == OutcomeCategory.UnableToProvide));
        Assert.Equal(5, Enum.GetValues<DisclosureOutcome>().Count(o => DisclosureOutcomes.CategoryOf(o) == OutcomeCategory.NotProcessed));
        Assert.Equal(3, Enum.GetValues<DisclosureOutcome>().Count(o => DisclosureOutcomes.CategoryOf(o) == OutcomeCategory.OtherHandling));
        Assert.All(Enum.GetValues<DisclosureOutcome>(), o =>
            Assert.Contains(Enum.GetValues<AnswerType>(), t => DisclosureOutcomes.AllowedFor(t).Contains(o)));
        Assert.Equal("不予公开 — 3.危及“三安全一稳定”", DisclosureOutcomes.FullNameOf(DisclosureOutcome.RefusedThreeSecurities));
    }

    [Theory]
    [InlineData(OrganisationType.Commercial, ApplicantColumn.Commercial)]
    [InlineData(OrganisationType.Research, ApplicantColumn.Research)]
    [InlineData(OrganisationType.PublicWelfare, ApplicantColumn.PublicWelfare)]
    [InlineData(OrganisationType.LegalService, ApplicantColumn.LegalService)]
    [InlineData(OrganisationType.Other, ApplicantColumn.Other)]
    public void Organisations_fall_in_their_template_column(OrganisationType type, ApplicantColumn column)
    {
        Assert.Equal(column, Received(applicant: Organisation(type)).Column);
        Assert.Equal(ApplicantColumn.NaturalPerson, Received().Column);
    }
}
