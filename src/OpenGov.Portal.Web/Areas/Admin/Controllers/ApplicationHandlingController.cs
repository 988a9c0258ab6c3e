using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Areas.Admin.Models.Participation;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// The statutory steps of an application: correction (补正), third-party consultation, extension (a Leader
/// approves) and the answer. Each is one domain verb; the rules of the regulation live in the domain.
/// </summary>
[Area("Admin"), Authorize(Roles = $"{Roles.Author},{Roles.Leader}"), Route("admin/applications/{id:int}")]
public sealed class ApplicationHandlingController(PortalDbContext db, TimeProvider clock, ApplicationDetailPages pages,
    IOptions<ParticipationOptions> options) : Controller
{
    [HttpPost("correction")]
    public Task<IActionResult> RequestCorrection(int id, [Bind(Prefix = "Forms.Correction")] CorrectionRequestForm form,
        [FromServices] IValidator<CorrectionRequestForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.Correction", f => f with { Correction = form },
            (a, actor, now, calendar) => a.RequestCorrection(actor, now, form.Request!, calendar, options.Value.CorrectionWorkingDays),
            "已告知申请人补正;收到补正前答复期限暂停计算", ct);

    [HttpPost("correction/received")]
    public Task<IActionResult> RecordCorrection(int id, [Bind(Prefix = "Forms.CorrectionReceived")] CorrectionReceivedForm form,
        [FromServices] IValidator<CorrectionReceivedForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.CorrectionReceived", f => f with { CorrectionReceived = form },
            (a, actor, now, _) => a.RecordCorrection(actor, now, form.ReceivedOn!.Value, form.Text!),
            "已登记收到补正,答复期限自收到补正之日起重新计算", ct);

    [HttpPost("consultations")]
    public Task<IActionResult> StartConsultation(int id, [Bind(Prefix = "Forms.Consultation")] ConsultationForm form,
        [FromServices] IValidator<ConsultationForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.Consultation", f => f with { Consultation = form },
            (a, actor, now, _) => a.StartConsultation(actor, now, form.ThirdParty!, form.SentOn!.Value),
            "已登记征求第三方意见;征求意见期间不计入答复期限", ct);

    [HttpPost("consultations/end")]
    public Task<IActionResult> EndConsultation(int id, [Bind(Prefix = "Forms.ConsultationEnd")] ConsultationEndForm form,
        [FromServices] IValidator<ConsultationEndForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.ConsultationEnd", f => f with { ConsultationEnd = form },
            (a, actor, now, _) => a.EndConsultation(actor, now, form.AnsweredOn!.Value, form.Note),
            "已登记收到第三方意见,答复期限继续计算", ct);

    [HttpPost("extend")]
    public Task<IActionResult> Extend(int id, [Bind(Prefix = "Forms.Extension")] ExtensionForm form,
        [FromServices] IValidator<ExtensionForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.Extension", f => f with { Extension = form },
            (a, actor, now, calendar) => a.Extend(actor, now, form.WorkingDays!.Value, form.Reason!, calendar),
            "已批准延长答复期限", ct);

    [HttpPost("answer")]
    public Task<IActionResult> Answer(int id, [Bind(Prefix = "Forms.Answer")] AnswerForm form,
        [FromServices] IValidator<AnswerForm> validator, CancellationToken ct) =>
        HandleAsync(id, form, validator, "Forms.Answer", f => f with { Answer = form },
            (a, actor, now, calendar) => a.Answer(actor, now, form.ToDetails(), calendar),
            "已答复,申请人可凭查询码查看答复", ct);

    /// <summary>bind → validate (or show the page again with the input) → load → one domain verb → save → redirect.</summary>
    async Task<IActionResult> HandleAsync<TForm>(int id, TForm form, IValidator<TForm> validator, string prefix,
        Func<ApplicationForms, ApplicationForms> keep, Action<DisclosureApplication, Actor, DateTimeOffset, WorkingDayCalculator> verb,
        string done, CancellationToken ct)
    {
        var application = await pages.LoadAsync(id, ct);
        if (application is null) return NotFound();
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, prefix);
            return await pages.ViewAsync(this, application, keep(pages.Blank(application)), ct);
        }
        verb(application, HttpContext.Actor(), clock.GetUtcNow(), await db.WorkingDaysAsync(ct));
        await db.SaveWithAuditAsync(ct);
        TempData.Success(done);
        return Redirect($"/admin/applications/{id}");
    }
}
