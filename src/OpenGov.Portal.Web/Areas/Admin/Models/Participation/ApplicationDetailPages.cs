using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

/// <summary>Loads applications for the back office and builds the detail page (shared by the list and the handling controller).</summary>
public sealed class ApplicationDetailPages(PortalDbContext db, TimeProvider clock, ParticipationDeskProvider desks, IOptions<ParticipationOptions> options)
{
    public const string ViewPath = "~/Areas/Admin/Views/Applications/Detail.cshtml";

    public Task<DisclosureApplication?> LoadAsync(int id, CancellationToken ct) =>
        db.DisclosureApplications.Include(a => a.Consultations).Include(a => a.Documents).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Coordinators and leaders see every application; other authors only their department's.</summary>
    public static bool MaySee(DisclosureApplication a, Actor actor, ParticipationDesk desk) =>
        desk.IsCoordinator(actor) || actor.IsIn(Roles.Leader) || (a.DepartmentId is not null && a.DepartmentId == actor.DepartmentId);

    public async Task<ApplicationDetailPage> BuildAsync(DisclosureApplication a, Actor actor, bool showPersonal, ApplicationForms? forms, CancellationToken ct)
    {
        var desk = await desks.GetAsync(ct);
        var calendar = await db.WorkingDaysAsync(ct);
        var deadline = a.Deadline(calendar);
        var today = Cst.Today(clock);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new DepartmentOption(d.Id, d.Name)).ToListAsync(ct);
        forms ??= Blank(a);
        return new ApplicationDetailPage(a, departments.FirstOrDefault(d => d.Id == a.DepartmentId)?.Name, departments, deadline,
            a.IsOpen ? deadline.FlagOn(today, calendar, options.Value.DueSoonWorkingDays) : DeadlineFlag.None,
            DisclosureDeadline.LastDayForCorrectionNotice(calendar, a.ReceivedOn), showPersonal, desk.MaySeePersonalData(actor, a.DepartmentId),
            desk.IsCoordinator(actor), ParticipationDesk.IsHandler(actor, a.DepartmentId),
            actor.IsIn(Roles.Leader) && !actor.IsIn(Roles.Administrator) && a.ExtensionWorkingDays == 0 && a.Status is ApplicationStatus.Processing or ApplicationStatus.Consulting,
            forms);
    }

    /// <summary>The detail page again, with the forms as typed and the validation messages already in ModelState.</summary>
    public async Task<IActionResult> ViewAsync(Controller controller, DisclosureApplication a, ApplicationForms forms, CancellationToken ct)
    {
        var page = await BuildAsync(a, controller.HttpContext.Actor(), false, forms, ct);
        return controller.View(ViewPath, page);
    }

    public ApplicationForms Blank(DisclosureApplication a)
    {
        var today = Cst.Today(clock);
        return new ApplicationForms(new AssignForm { DepartmentId = a.DepartmentId }, new CorrectionRequestForm(),
            new CorrectionReceivedForm { ReceivedOn = today }, new ConsultationForm { SentOn = today }, new ConsultationEndForm { AnsweredOn = today },
            new ExtensionForm(), new AnswerForm());
    }
}
