using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>Reads one edition for the back office, with the diff against its document's live edition.</summary>
public static class EditionDetailsQuery
{
    public static async Task<EditionDetails?> LoadAsync(PortalDbContext db, int editionId, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking()
            .Include(e => e.Publication).Include(e => e.Attachments)
            .FirstOrDefaultAsync(e => e.Id == editionId, ct);
        if (edition is null) return null;
        var p = edition.Publication;
        var column = await db.Columns.Where(c => c.Id == p.ColumnId).Select(c => c.Name).FirstAsync(ct);
        var department = await db.Departments.Where(d => d.Id == p.DepartmentId).Select(d => d.Name).FirstAsync(ct);
        var interprets = p.InterpretsId is null ? null : await db.Publications.Where(x => x.Id == p.InterpretsId)
            .Select(x => new PublicationRef(x.Id, x.Title ?? "(未发布)")).FirstOrDefaultAsync(ct);
        var history = await db.Editions.AsNoTracking().Where(e => e.PublicationId == p.Id).OrderByDescending(e => e.Number)
            .Select(e => new EditionHistoryRow(e.Id, e.Number, e.Status, e.UpdatedAt, e.PublishedAt, e.ChangeNote)).ToListAsync(ct);

        EditionComparison? comparison = null;
        if (p.LiveEditionId is { } liveId && liveId != edition.Id)
        {
            var live = await db.Editions.AsNoTracking().Include(e => e.Attachments).FirstAsync(e => e.Id == liveId, ct);
            var before = live.Attachments.Select(a => (a.FileName, a.Sha256)).ToHashSet();
            var after = edition.Attachments.Select(a => (a.FileName, a.Sha256)).ToHashSet();
            comparison = new EditionComparison(live.Number,
                TextDiff.Compare(live.Title, edition.Title),
                TextDiff.Compare(live.Summary, edition.Summary),
                TextDiff.Compare(PlainText.FromHtml(live.BodyHtml), PlainText.FromHtml(edition.BodyHtml)),
                after.Except(before).Select(a => a.FileName).ToList(),
                before.Except(after).Select(a => a.FileName).ToList());
        }

        var attachments = edition.Attachments.OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.Sha256)).ToList();
        return new EditionDetails(edition, column, department, interprets, attachments, comparison, history);
    }
}
