using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Models.Participation;

namespace OpenGov.Portal.Controllers;

/// <summary>Published surveys: answered anonymously, once per browser (a cookie, best effort), results public after closing.</summary>
public sealed class SurveysController(PortalDbContext db, TimeProvider clock) : Controller
{
    public static string CookieName(int surveyId) => "og.survey." + surveyId.ToString(CultureInfo.InvariantCulture);

    [HttpGet("/surveys")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var today = Cst.Today(clock);
        var rows = await (from p in db.Publications.AsNoTracking().Published()
                          join s in db.Surveys on p.LiveEditionId equals s.EditionId
                          where p.Kind == PublicationKind.Survey
                          orderby s.ClosesOn descending, p.Id descending
                          select new { p.Id, p.Title, s.OpensOn, s.ClosesOn }).Take(200).ToListAsync(ct);
        return View(rows.Select(r => new SurveyRow(r.Id, r.Title ?? "", r.OpensOn, r.ClosesOn,
            today < r.OpensOn ? "尚未开始" : today > r.ClosesOn ? "已结束" : "进行中")).ToList());
    }

    [HttpGet("/surveys/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var found = await db.PublishedSurveyAsync(id, ct);
        if (found is not { } s) return NotFound();
        return View(SurveyPage.From(s.Id, s.Title, s.Survey, Cst.Today(clock), Request.Cookies.ContainsKey(CookieName(id))));
    }

    [HttpPost("/surveys/{id:int}"), EnableRateLimiting(ParticipationSetup.SubmitPolicy), SubmissionLimit]
    public async Task<IActionResult> Answer(int id, CancellationToken ct)
    {
        var found = await db.PublishedSurveyAsync(id, ct);
        if (found is not { } s) return NotFound();
        var today = Cst.Today(clock);
        var values = s.Survey.Questions.ToDictionary(q => q.Id,
            q => (IReadOnlyList<string>)Request.Form[SurveyPage.FieldName(q.Id)].Where(v => v is not null).Select(v => v!).ToList());
        if (Request.Cookies.ContainsKey(CookieName(id)) || !s.Survey.IsOpenOn(today))
        {
            // Refused: already answered from this browser, or not open. The page says which.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Show", SurveyPage.From(s.Id, s.Title, s.Survey, today, Request.Cookies.ContainsKey(CookieName(id))));
        }
        if (!string.IsNullOrEmpty(Request.Form[Honeypot.FieldName]))
        {
            ModelState.AddModelError("", Honeypot.Message);
            return View("Show", SurveyPage.From(s.Id, s.Title, s.Survey, today, false, values));
        }

        var response = s.Survey.Respond(values.ToDictionary(kv => kv.Key, kv => new SurveyAnswerInput(kv.Value)), clock.GetUtcNow(), today, out var errors);
        if (response is null)
        {
            foreach (var (questionId, message) in errors) ModelState.AddModelError(SurveyPage.FieldName(questionId), message);
            return View("Show", SurveyPage.From(s.Id, s.Title, s.Survey, today, false, values));
        }
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(ct);
        Response.Cookies.Append(CookieName(id), "1", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = "/surveys",
            Expires = clock.GetUtcNow().AddYears(1),
        });
        return View("Thanks", s.Title);
    }

    [HttpGet("/surveys/{id:int}/results")]
    public async Task<IActionResult> Results(int id, CancellationToken ct)
    {
        var found = await db.PublishedSurveyAsync(id, ct);
        if (found is not { } s) return NotFound();
        if (!s.Survey.IsClosedOn(Cst.Today(clock))) return View("ResultsPending", SurveyPage.From(s.Id, s.Title, s.Survey, Cst.Today(clock), false));
        var tally = await db.TallyAsync(s.Survey, ct);
        return View(new SurveyResultsPage(s.Id, s.Title, s.Survey.OpensOn, s.Survey.ClosesOn, tally, false, null));
    }
}
