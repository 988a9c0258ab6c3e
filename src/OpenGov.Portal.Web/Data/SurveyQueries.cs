using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data;

public static class SurveyQueries
{
    /// <summary>The questionnaire of an edition, questions and options included (not tracked).</summary>
    public static Task<Survey?> SurveyOfAsync(this PortalDbContext db, int editionId, CancellationToken ct = default) =>
        db.Surveys.AsNoTracking().Include(s => s.Questions).ThenInclude(q => q.Options)
            .FirstOrDefaultAsync(s => s.EditionId == editionId, ct);

    /// <summary>A published survey: its publication id, title and live questionnaire; null when not public.</summary>
    public static async Task<(int Id, string Title, Survey Survey)?> PublishedSurveyAsync(this PortalDbContext db, int publicationId, CancellationToken ct = default)
    {
        var head = await db.Publications.AsNoTracking().Published()
            .Where(p => p.Id == publicationId && p.Kind == PublicationKind.Survey)
            .Select(p => new { p.Id, p.Title, p.LiveEditionId }).FirstOrDefaultAsync(ct);
        if (head?.LiveEditionId is not { } editionId) return null;
        var survey = await db.SurveyOfAsync(editionId, ct);
        return survey is null ? null : (head.Id, head.Title ?? "", survey);
    }

    /// <summary>Counts every answer of the survey in the database (grouped there, not in memory).</summary>
    public static async Task<SurveyTally> TallyAsync(this PortalDbContext db, Survey survey, CancellationToken ct = default)
    {
        var editionId = survey.EditionId;
        var responses = await db.SurveyResponses.CountAsync(r => r.EditionId == editionId, ct);
        var answers = from a in db.SurveyAnswers
                      join r in db.SurveyResponses on a.ResponseId equals r.Id
                      where r.EditionId == editionId
                      select a;
        var counts = await answers.GroupBy(a => new { a.QuestionId, a.OptionId, a.Rating })
            .Select(g => new SurveyTally.Count(g.Key.QuestionId, g.Key.OptionId, g.Key.Rating, g.Count())).ToListAsync(ct);
        var answered = await answers.GroupBy(a => a.QuestionId)
            .Select(g => new { g.Key, Count = g.Select(a => a.ResponseId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return SurveyTally.Build(survey, responses, counts, answered);
    }
}
