using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Controllers;

/// <summary>
/// Open data of citizens' participation: published letters with their replies. It carries exactly what the
/// public list shows — never the writer's name, phone, email or tracking code.
/// </summary>
[ApiController]
public sealed class ParticipationApiController(PortalDbContext db) : ControllerBase
{
    public const int MaxItems = 100;

    public sealed record PublishedLetterJson(int Id, string Category, string Subject, string Body, DateTimeOffset ReceivedAt,
        string Reply, DateTimeOffset? RepliedAt, string? Department);

    [HttpGet("/api/feedback")]
    public async Task<IReadOnlyList<PublishedLetterJson>> Letters(CancellationToken ct)
    {
        var rows = await (from l in db.FeedbackLetters.AsNoTracking()
                          join d in db.Departments on l.DepartmentId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          where l.PublicationState == FeedbackPublicationState.Published
                          orderby l.PublishedAt descending, l.Id descending
                          select new { l.Id, l.Category, l.PublicSubject, l.PublicBody, l.ReceivedAt, l.ReplyText, l.RepliedAt, Department = d.Name })
            .Take(MaxItems).ToListAsync(ct);
        return rows.Select(r => new PublishedLetterJson(r.Id, ParticipationNames.Of(r.Category), r.PublicSubject!, r.PublicBody!, r.ReceivedAt,
            r.ReplyText!, r.RepliedAt, r.Department)).ToList();
    }
}
