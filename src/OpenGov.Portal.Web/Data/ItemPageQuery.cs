using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Data;

/// <summary>Reads everything the public page (and the open-data API) of a published item shows, as projections.</summary>
public static class ItemPageQuery
{
    public static async Task<ItemPage?> LoadAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var head = await (from p in db.Publications.AsNoTracking().Published()
                          join e in db.Editions on p.LiveEditionId equals e.Id
                          join c in db.Columns on p.ColumnId equals c.Id
                          join d in db.Departments on p.DepartmentId equals d.Id
                          where p.Id == id
                          select new
                          {
                              p.Id, p.Title, p.Summary, p.IndexNumber, p.DocumentNumber, p.Topic, p.CreatedOn, p.PublishedAt, p.UpdatedAt,
                              p.Validity, p.DisclosureMode, p.InterpretsId, e.BodyHtml, EditionId = e.Id,
                              ColumnSlug = c.Slug, ColumnName = c.Name, DepartmentName = d.Name, DepartmentCode = d.Code,
                          })
            .FirstOrDefaultAsync(ct);
        if (head is null) return null;
        var issuingBody = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.EditionId == head.EditionId)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new ItemPage.AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var history = await db.Editions.AsNoTracking()
            .Where(e => e.PublicationId == id && e.PublishedAt != null)
            .OrderByDescending(e => e.Number)
            .Select(e => new ItemPage.HistoryEntry(e.Number, e.PublishedAt, e.ChangeNote, e.Id == head.EditionId)).ToListAsync(ct);
        var interpretations = await db.Publications.AsNoTracking().Published().Where(x => x.InterpretsId == id)
            .NewestFirst().Select(x => new ItemRow(x.Id, x.Title!, x.PublishedAt, x.DocumentNumber)).ToListAsync(ct);
        var interprets = head.InterpretsId is null ? null : await db.Publications.AsNoTracking().Published()
            .Where(x => x.Id == head.InterpretsId).Select(x => new ItemRow(x.Id, x.Title!, x.PublishedAt, x.DocumentNumber)).FirstOrDefaultAsync(ct);

        return new ItemPage(head.Id, head.Title!, head.Summary, head.BodyHtml, head.ColumnSlug, head.ColumnName, head.DepartmentName, head.DepartmentCode,
            issuingBody, head.IndexNumber, head.DocumentNumber, head.Topic, head.CreatedOn, head.PublishedAt, head.UpdatedAt, head.Validity,
            head.DisclosureMode, attachments, history, interpretations, interprets);
    }
}
