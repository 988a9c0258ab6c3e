using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

/// <summary>One line of the applications list; the applicant's name is masked.</summary>
public sealed record ApplicationRow(int Id, DateOnly ReceivedOn, string Column, string Name, string Description, ApplicationStatus Status,
    string? Department, DateOnly? DueOn, DeadlineFlag Flag, string? Outcome, bool? OnTime);

public sealed record ApplicationsPage(IReadOnlyList<ApplicationRow> Rows, string Filter, Pager Pager);

/// <summary>The forms of the detail page, holding what was typed when one is shown again with errors.</summary>
public sealed record ApplicationForms(
    AssignForm Assign,
    CorrectionRequestForm Correction,
    CorrectionReceivedForm CorrectionReceived,
    ConsultationForm Consultation,
    ConsultationEndForm ConsultationEnd,
    ExtensionForm Extension,
    AnswerForm Answer);

public sealed record ApplicationDetailPage(
    DisclosureApplication Application,
    string? DepartmentName,
    IReadOnlyList<DepartmentOption> Departments,
    DeadlineCalculation Deadline,
    DeadlineFlag Flag,
    DateOnly LastDayForCorrectionNotice,
    bool ShowPersonal,
    bool MaySeePersonal,
    bool IsCoordinator,
    bool IsHandler,
    bool MayExtend,
    ApplicationForms Forms);
