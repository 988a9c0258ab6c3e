using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Models;

namespace OpenGov.Portal.Data;

/// <summary>Reads everything the public page (and the open-data API) of a published item shows, as projections.</summary>
public static class ItemPageQuery
{
    public static async Task<ItemPage?> LoadAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        // One round trip: the item with its attachments, published editions and interpretations as nested projections.
        var published = PublicationQueries.IsPublished;
        var head = await (from p in db.Publications.AsNoTracking().Published()
                          join e in db.Editions on p.LiveEditionId equals e.Id
                          join c in db.Columns on p.ColumnId equals c.Id
                          join d in db.Departments on p.DepartmentId equals d.Id
                          join i in db.Publications.Where(published) on p.InterpretsId equals i.Id into interpreted
                          from i in interpreted.DefaultIfEmpty()
                          where p.Id == id
                          select new
                          {
                              p.Id, p.Title, p.Summary, p.IndexNumber, p.DocumentNumber, p.Topic, p.CreatedOn, p.PublishedAt, p.UpdatedAt,
                              p.Validity, p.DisclosureMode, p.InterpretsId, e.BodyHtml, EditionId = e.Id,
                              ColumnSlug = c.Slug, ColumnName = c.Name, DepartmentName = d.Name, DepartmentCode = d.Code,
                              IssuingBody = db.Organisations.OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefault(),
                              Attachments = db.Attachments.Where(a => a.EditionId == e.Id)
                                  .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
                                  .Select(a => new ItemPage.AttachmentLink(a.Id, a.FileName, a.ContentType, a.Size)).ToList(),
                              History = db.Editions.Where(h => h.PublicationId == p.Id && h.PublishedAt != null)
                                  .OrderByDescending(h => h.Number)
                                  .Select(h => new ItemPage.HistoryEntry(h.Number, h.PublishedAt, h.ChangeNote, h.Id == e.Id)).ToList(),
                              Interpretations = db.Publications.Where(published).Where(x => x.InterpretsId == p.Id)
                                  .OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
                                  .Select(x => new ItemRow(x.Id, x.Title!, x.PublishedAt, x.DocumentNumber)).ToList(),
                              Interprets = i == null ? null : new ItemRow(i.Id, i.Title!, i.PublishedAt, i.DocumentNumber),
                          })
            .FirstOrDefaultAsync(ct);
        if (head is null) return null;

        return new ItemPage(head.Id, head.Title!, head.Summary, head.BodyHtml, head.ColumnSlug, head.ColumnName, head.DepartmentName, head.DepartmentCode,
            head.IssuingBody ?? "", head.IndexNumber, head.DocumentNumber, head.Topic, head.CreatedOn, head.PublishedAt, head.UpdatedAt, head.Validity,
            head.DisclosureMode, head.Attachments, head.History, head.Interpretations, head.Interprets);
    }
}
