using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Data;

/// <summary>Reads everything the public page of a published item shows.</summary>
public static class ItemPageQuery
{
    public static async Task<ItemPage?> LoadAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var head = await (from p in db.Publications.AsNoTracking().Published()
                          join e in db.Editions on p.LiveEditionId equals e.Id
                          join c in db.Columns on p.ColumnId equals c.Id
                          join d in db.Departments on p.DepartmentId equals d.Id
                          where p.Id == id
                          select new { Pub = p, e.BodyHtml, e.Id, ColumnSlug = c.Slug, ColumnName = c.Name, DepartmentName = d.Name })
            .FirstOrDefaultAsync(ct);
        if (head is null) return null;
        var pub = head.Pub;
        var issuingBody = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.EditionId == head.Id)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new ItemPage.AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
        var history = await db.Editions.AsNoTracking()
            .Where(e => e.PublicationId == id && e.PublishedAt != null)
            .OrderByDescending(e => e.Number)
            .Select(e => new ItemPage.HistoryEntry(e.Number, e.PublishedAt, e.ChangeNote, e.Id == head.Id)).ToListAsync(ct);
        var interpretations = await db.Publications.AsNoTracking().Published().Where(x => x.InterpretsId == id)
            .NewestFirst().Select(x => new ItemRow(x.Id, x.Title!, x.PublishedAt, x.DocumentNumber)).ToListAsync(ct);
        var interprets = pub.InterpretsId is null ? null : await db.Publications.AsNoTracking().Published()
            .Where(x => x.Id == pub.InterpretsId).Select(x => new ItemRow(x.Id, x.Title!, x.PublishedAt, x.DocumentNumber)).FirstOrDefaultAsync(ct);

        return new ItemPage(pub.Id, pub.Title!, pub.Summary, head.BodyHtml, head.ColumnSlug, head.ColumnName, head.DepartmentName, issuingBody,
            pub.IndexNumber, pub.DocumentNumber, pub.Topic, pub.CreatedOn, pub.PublishedAt, pub.UpdatedAt, pub.Validity, pub.DisclosureMode,
            attachments, history, interpretations, interprets);
    }
}
