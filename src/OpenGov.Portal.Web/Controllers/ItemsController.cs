using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;
using OpenGov.Portal.Infrastructure.Caching;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Controllers;

[PublicRead]
public sealed class ItemsController(PortalDbContext db) : Controller
{
    [HttpGet("/items/{id:int}")]
    [OutputCache(PolicyName = CacheTags.PolicyName)]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        HttpContext.TagOutput(CacheTags.Item(id));
        var state = await db.Publications.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.LiveEditionId, p.WithdrawnAt, p.WithdrawalReason, p.Gone, p.ClassifiedAt, p.Title, p.IndexNumber })
            .FirstOrDefaultAsync(ct);
        if (state is null || (state.LiveEditionId is null && !state.Gone)) return NotFound();
        if (state.Gone || state.ClassifiedAt is not null) return StatusCode(StatusCodes.Status410Gone);
        if (state.WithdrawnAt is not null)
            return View("Withdrawn", new WithdrawnPage(id, state.Title ?? "", state.IndexNumber, state.WithdrawnAt, state.WithdrawalReason));

        var page = await ItemPageQuery.LoadAsync(db, id, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("/attachments/{id:int}/{name?}")]
    public async Task<IActionResult> Attachment(int id, CancellationToken ct)
    {
        var file = await (from a in db.Attachments.AsNoTracking()
                          join p in db.Publications.Published() on a.EditionId equals p.LiveEditionId
                          join b in db.AttachmentBlobs on a.Sha256 equals b.Sha256
                          where a.Id == id
                          select new { a.FileName, a.ContentType, b.Data }).FirstOrDefaultAsync(ct);
        if (file is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }
}
