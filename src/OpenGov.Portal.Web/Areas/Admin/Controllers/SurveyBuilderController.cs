using System.Net;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models.Participation;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>
/// Builds surveys: a Survey publication whose edition owns the questions. Authors draft and submit for
/// their own department; review and sign-off happen in the ordinary workflow pages.
/// </summary>
[Area("Admin"), Authorize(Roles = $"{Roles.Author},{Roles.Reviewer},{Roles.Leader}"), Route("admin/surveys")]
public sealed class SurveyBuilderController(PortalDbContext db, TimeProvider clock, IValidator<SurveyForm> surveyValidator,
    IValidator<QuestionForm> questionValidator) : Controller
{
    /// <summary>The column surveys are published in (seeded as 互动交流).</summary>
    public const string ColumnSlug = "hudong";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var everything = actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader);
        var rows = await (from p in db.Publications.AsNoTracking()
                          where p.Kind == PublicationKind.Survey && (everything || p.DepartmentId == actor.DepartmentId)
                          let e = p.Editions.OrderByDescending(x => x.Number).First()
                          join s in db.Surveys on e.Id equals s.EditionId
                          join d in db.Departments on p.DepartmentId equals d.Id
                          orderby p.CreatedAt descending
                          select new SurveyAdminRow(p.Id, e.Id, e.Title, e.Status, s.OpensOn, s.ClosesOn, d.Name,
                              db.SurveyResponses.Count(r => r.EditionId == e.Id), p.LiveEditionId != null && p.WithdrawnAt == null))
            .ToListAsync(ct);
        return View(rows);
    }

    [HttpGet("new"), Authorize(Roles = Roles.Author)]
    public IActionResult New()
    {
        var today = Cst.Today(clock);
        return View(new SurveyForm { OpensOn = today.AddDays(7), ClosesOn = today.AddDays(37) });
    }

    [HttpPost("new"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> New(SurveyForm form, CancellationToken ct)
    {
        var check = await surveyValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState);
            return View(form);
        }
        var columnId = await db.Columns.Where(c => c.Slug == ColumnSlug).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (columnId is null)
        {
            ModelState.AddModelError("", "尚未设置“互动交流”栏目(hudong),请联系系统管理员");
            return View(form);
        }
        var actor = HttpContext.Actor();
        if (actor.DepartmentId is not { } department) return Forbid();
        var now = clock.GetUtcNow();
        var publication = Publication.Draft(PublicationKind.Survey, columnId.Value, department, actor, now, ContentOf(form, Cst.Today(clock)));
        db.Publications.Add(publication);
        db.Surveys.Add(new Survey(publication.Editions[0], form.Intro!, form.OpensOn!.Value, form.ClosesOn!.Value));
        await db.SaveChangesAsync(ct);
        TempData.Success("问卷已创建,请添加问题");
        return Redirect($"/admin/surveys/{publication.Editions[0].Id}");
    }

    [HttpGet("{editionId:int}")]
    public async Task<IActionResult> Edit(int editionId, CancellationToken ct)
    {
        var survey = await LoadAsync(editionId, ct);
        if (survey is null) return NotFound();
        if (!survey.Edition.Publication.IsVisibleTo(HttpContext.Actor())) return Forbid();
        return View(Page(survey, null, null));
    }

    [HttpPost("{editionId:int}"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Edit(int editionId, [Bind(Prefix = "Details")] SurveyForm form, CancellationToken ct)
    {
        var survey = await LoadAsync(editionId, ct);
        if (survey is null) return NotFound();
        var check = await surveyValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Details");
            return View(Page(survey, form, null));
        }
        var actor = HttpContext.Actor();
        var now = clock.GetUtcNow();
        survey.Edition.Edit(actor, now, ContentOf(form, survey.Edition.CreatedOn));
        survey.ChangeDetails(actor, now, form.Intro!, form.OpensOn!.Value, form.ClosesOn!.Value);
        await db.SaveChangesAsync(ct);
        TempData.Success("已保存");
        return Redirect($"/admin/surveys/{editionId}");
    }

    [HttpPost("{editionId:int}/questions"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> AddQuestion(int editionId, [Bind(Prefix = "Question")] QuestionForm form, CancellationToken ct)
    {
        var survey = await LoadAsync(editionId, ct);
        if (survey is null) return NotFound();
        var check = await questionValidator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            check.AddToModelState(ModelState, "Question");
            return View("Edit", Page(survey, null, form));
        }
        survey.AddQuestion(HttpContext.Actor(), clock.GetUtcNow(), form.Text!, form.Type!.Value, form.Required, form.OptionLines);
        await db.SaveChangesAsync(ct);
        TempData.Success("已添加问题");
        return Redirect($"/admin/surveys/{editionId}#questions");
    }

    [HttpPost("{editionId:int}/questions/{questionId:int}/delete"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> RemoveQuestion(int editionId, int questionId, CancellationToken ct)
    {
        var survey = await LoadAsync(editionId, ct);
        if (survey is null) return NotFound();
        survey.RemoveQuestion(HttpContext.Actor(), clock.GetUtcNow(), questionId);
        await db.SaveChangesAsync(ct);
        TempData.Success("已删除问题");
        return Redirect($"/admin/surveys/{editionId}#questions");
    }

    [HttpPost("{editionId:int}/submit"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Submit(int editionId, CancellationToken ct)
    {
        var survey = await LoadAsync(editionId, ct);
        if (survey is null) return NotFound();
        survey.EnsureComplete();
        survey.Edition.Submit(HttpContext.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData.Success("已提交保密审查;审查和领导签发后问卷将在网站发布");
        return Redirect($"/admin/surveys/{editionId}");
    }

    [HttpGet("{editionId:int}/results")]
    public async Task<IActionResult> Results(int editionId, CancellationToken ct)
    {
        var survey = await db.SurveyOfAsync(editionId, ct);
        if (survey is null) return NotFound();
        var head = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new { e.PublicationId, e.Title, e.Publication.DepartmentId }).FirstAsync(ct);
        if (!MayReadResults(head.DepartmentId)) return Forbid();
        var tally = await db.TallyAsync(survey, ct);
        return View(new OpenGov.Portal.Models.Participation.SurveyResultsPage(head.PublicationId, head.Title, survey.OpensOn, survey.ClosesOn, tally, true, editionId));
    }

    [HttpGet("{editionId:int}/free-text.csv")]
    public async Task<IActionResult> FreeText(int editionId, CancellationToken ct)
    {
        var head = await db.Editions.AsNoTracking().Where(e => e.Id == editionId && e.Publication.Kind == PublicationKind.Survey)
            .Select(e => new { e.Title, e.Publication.DepartmentId }).FirstOrDefaultAsync(ct);
        if (head is null) return NotFound();
        if (!MayReadResults(head.DepartmentId)) return Forbid();
        var rows = await (from a in db.SurveyAnswers.AsNoTracking()
                          join r in db.SurveyResponses on a.ResponseId equals r.Id
                          join q in db.SurveyQuestions on a.QuestionId equals q.Id
                          where r.EditionId == editionId && a.Text != null
                          orderby q.SortOrder, r.SubmittedAt, r.Id
                          select new FreeTextCsv.Row(r.Id, r.SubmittedAt, q.SortOrder, q.Text, a.Text!)).ToListAsync(ct);
        var actor = HttpContext.Actor();
        db.AuditRecords.Add(AuditRecord.For(actor, clock.GetUtcNow(), "survey.export", nameof(Edition),
            editionId.ToString(System.Globalization.CultureInfo.InvariantCulture), reason: $"文字回答 {rows.Count} 条"));
        await db.SaveChangesAsync(ct);
        return File(FreeTextCsv.Write(rows), "text/csv; charset=utf-8", $"survey-{editionId}-free-text.csv");
    }

    bool MayReadResults(int departmentId)
    {
        var actor = HttpContext.Actor();
        return actor.IsIn(Roles.Reviewer) || actor.IsIn(Roles.Leader) || (actor.IsIn(Roles.Author) && actor.DepartmentId == departmentId);
    }

    Task<Survey?> LoadAsync(int editionId, CancellationToken ct) =>
        db.Surveys.Include(s => s.Edition).ThenInclude(e => e.Publication)
            .Include(s => s.Questions).ThenInclude(q => q.Options)
            .FirstOrDefaultAsync(s => s.EditionId == editionId, ct);

    static SurveyEditPage Page(Survey survey, SurveyForm? details, QuestionForm? question)
    {
        var e = survey.Edition;
        return new SurveyEditPage(e.Id, e.PublicationId, e.Title, e.Status, Workflow.IsEditable(e.Status), e.Publication.IsPublic, survey,
            details ?? new SurveyForm { Title = e.Title, Intro = survey.Intro, OpensOn = survey.OpensOn, ClosesOn = survey.ClosesOn },
            question ?? new QuestionForm { Required = true }, e.Status == EditionStatus.Returned ? e.ReturnReason : null);
    }

    static EditionContent ContentOf(SurveyForm form, DateOnly createdOn)
    {
        var intro = form.Intro!.Trim();
        var body = string.Concat(intro.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        var summary = intro.Length > 120 ? intro[..120] + "…" : intro;
        return new EditionContent(form.Title!.Trim(), summary, body, null, "在线调查", createdOn, Validity.Valid, DisclosureMode.Proactive, null);
    }
}
