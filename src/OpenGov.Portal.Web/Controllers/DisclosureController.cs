using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models.Participation;

namespace OpenGov.Portal.Controllers;

/// <summary>依申请公开: apply online, follow the application (and send a correction) with the tracking code.</summary>
public sealed class DisclosureController(PortalDbContext db, TimeProvider clock, IValidator<ApplicationForm> validator,
    IValidator<TrackingForm> correctionValidator, ReleasedDocumentLinks links, ILogger<DisclosureController> log) : Controller
{
    public const string CodeKey = "og.application.code";
    const string NotFoundMessage = "未找到该查询码对应的申请,请核对后重新输入(查询码为12位字母和数字)";

    [HttpGet("/ysqgk")]
    public IActionResult Index() => View();

    [HttpGet("/ysqgk/apply/{type}")]
    public IActionResult Apply(string type) =>
        TypeOf(type) is { } t ? View(new ApplicationForm { ApplicantType = t }) : NotFound();

    [HttpPost("/ysqgk/apply/{type}"), EnableRateLimiting(ParticipationSetup.SubmitPolicy), SubmissionLimit]
    public async Task<IActionResult> Apply(string type, ApplicationForm form, CancellationToken ct)
    {
        if (TypeOf(type) is not { } applicantType) return NotFound();
        form.ApplicantType = applicantType;
        if (Honeypot.IsFilled(form.Homepage))
        {
            log.LogWarning("Application honeypot filled from {Ip}", HttpContext.Connection.RemoteIpAddress);
            ModelState.AddModelError("", Honeypot.Message);
            return View(form);
        }
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid || !ModelState.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }

        var code = await NewCodeAsync(ct);
        db.DisclosureApplications.Add(DisclosureApplication.Submit(code, form.ToApplicant(), form.ToRequest(), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        TempData[CodeKey] = code;
        return Redirect("/ysqgk/submitted");
    }

    [HttpGet("/ysqgk/submitted")]
    public IActionResult Submitted() =>
        TempData[CodeKey] is string code ? View("Submitted", TrackingCode.Format(code)) : Redirect("/ysqgk");

    [HttpGet("/ysqgk/query")]
    public IActionResult Query() => View(new TrackingForm());

    [HttpPost("/ysqgk/query"), EnableRateLimiting(ParticipationSetup.LookupPolicy), SubmissionLimit]
    public async Task<IActionResult> Query(TrackingForm form, CancellationToken ct)
    {
        var application = await FindAsync(form.Code, ct);
        if (application is null) return NotFoundForm(form);
        return View("Status", await StatusPageAsync(application, ct));
    }

    [HttpPost("/ysqgk/correction"), EnableRateLimiting(ParticipationSetup.SubmitPolicy), SubmissionLimit]
    public async Task<IActionResult> Correct(TrackingForm form, CancellationToken ct)
    {
        var application = await FindAsync(form.Code, ct, tracked: true);
        if (application is null) return NotFoundForm(form);
        ViewData["CorrectionText"] = form.CorrectionText;
        var check = await correctionValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View("Status", await StatusPageAsync(application, ct));
        }
        try
        {
            application.CorrectOnline(form.CorrectionText!, clock.GetUtcNow());
            await db.SaveWithAuditAsync(ct);
        }
        catch (Domain.Publishing.WorkflowException e)
        {
            ModelState.AddModelError(nameof(TrackingForm.CorrectionText), e.Message);
            return View("Status", await StatusPageAsync(application, ct));
        }
        ViewData["CorrectionText"] = null;
        ViewData["Flash"] = "补正内容已提交,答复期限自今日起重新计算。";
        return View("Status", await StatusPageAsync(application, ct));
    }

    [HttpGet("/ysqgk/documents/{token}")]
    public async Task<IActionResult> Document(string token, CancellationToken ct)
    {
        if (!links.TryRead(token, out var applicationId, out var documentId)) return NotFound();
        var file = await (from d in db.DisclosureDocuments.AsNoTracking()
                          join a in db.DisclosureApplications on d.ApplicationId equals a.Id
                          join b in db.AttachmentBlobs on d.Sha256 equals b.Sha256
                          where d.Id == documentId && a.Id == applicationId && a.Status == ApplicationStatus.Answered
                          select new { d.FileName, d.ContentType, b.Data }).FirstOrDefaultAsync(ct);
        if (file is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Data, file.ContentType, file.FileName);
    }

    ViewResult NotFoundForm(TrackingForm form)
    {
        ModelState.Clear();
        ModelState.AddModelError(nameof(TrackingForm.Code), NotFoundMessage);
        return View("Query", new TrackingForm { Code = form.Code });
    }

    async Task<DisclosureApplication?> FindAsync(string? input, CancellationToken ct, bool tracked = false)
    {
        if (!TrackingCode.TryNormalize(input, out var code)) return null;
        var query = db.DisclosureApplications.Include(a => a.Consultations).Include(a => a.Documents).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        return await query.FirstOrDefaultAsync(a => a.TrackingCode == code, ct);
    }

    async Task<ApplicationStatusPage> StatusPageAsync(DisclosureApplication a, CancellationToken ct)
    {
        var calendar = await db.WorkingDaysAsync(ct);
        var deadline = a.Deadline(calendar);
        var today = Cst.Today(clock);
        var answer = a.Status == ApplicationStatus.Answered
            ? new ApplicationStatusPage.AnswerView(DisclosureOutcomes.NameOf(a.AnswerType!.Value), DisclosureOutcomes.ArticleOf(a.AnswerType.Value),
                a.AnswerText!, a.LegalBasis, a.ReferredBody, a.WhereToFind, a.AnsweredOn!.Value, a.AnsweredOnTime)
            : null;
        var documents = a.Status == ApplicationStatus.Answered
            ? a.Documents.OrderBy(d => d.Id).Select(d => new ApplicationStatusPage.DocumentLink(d.FileName, d.Size, links.TokenFor(a.Id, d.Id))).ToList()
            : [];
        var canCorrect = a.Status == ApplicationStatus.AwaitingCorrection && (a.CorrectionDueOn is null || today <= a.CorrectionDueOn);
        return new ApplicationStatusPage(TrackingCode.Format(a.TrackingCode), ParticipationNames.Of(a.ApplicantType), a.ReceivedAt, a.Description,
            a.Status, deadline, a.CorrectionRequest, a.CorrectionDueOn, canCorrect, answer, documents);
    }

    async Task<string> NewCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = TrackingCode.New();
            if (!await db.DisclosureApplications.AnyAsync(a => a.TrackingCode == code, ct)) return code;
        }
    }

    static ApplicantType? TypeOf(string type) => type switch
    {
        "person" => ApplicantType.NaturalPerson,
        "organisation" => ApplicantType.LegalPerson,
        _ => null,
    };
}
