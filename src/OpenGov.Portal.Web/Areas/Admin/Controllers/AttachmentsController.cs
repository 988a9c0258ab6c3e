using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Areas.Admin.Models;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Attachment upload and removal (authors, while the edition is editable) and back-office download (staff who may see the edition).</summary>
[Area("Admin"), Authorize]
public sealed class AttachmentsController(PortalDbContext db, AttachmentStore store, TimeProvider clock) : Controller
{
    [HttpGet("admin/editions/{editionId:int}/attachments/new"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> New(int editionId, CancellationToken ct)
    {
        var edition = await LoadOwnAsync(editionId, ct);
        return edition is null ? NotFound() : View(PageFor(edition));
    }

    [HttpPost("admin/editions/{editionId:int}/attachments/new"), Authorize(Roles = Roles.Author), UploadSizeLimit]
    public async Task<IActionResult> Upload(int editionId, IFormFile? file, uint version, CancellationToken ct)
    {
        var edition = await LoadOwnAsync(editionId, ct);
        if (edition is null) return NotFound();
        db.ExpectVersion(edition, version);
        if (file is null)
        {
            ModelState.AddModelError("file", "请选择要上传的文件");
            return View("New", PageFor(edition));
        }

        await using var content = file.OpenReadStream();
        var result = await store.AddAsync(edition, HttpContext.Actor(), clock.GetUtcNow(), file.FileName, content, file.Length, ct);
        if (result.Error is not null)
        {
            ModelState.AddModelError("file", result.Error);
            return View("New", PageFor(edition));
        }
        TempData.Success($"已上传附件“{result.Added!.FileName}”");
        return Redirect($"/admin/editions/{editionId}");
    }

    [HttpGet("admin/attachments/{id:int}/delete"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var (edition, attachment) = await LoadAttachmentAsync(id, ct);
        if (attachment is null) return NotFound();
        ViewData["Version"] = edition!.Version;
        ViewData["EditionId"] = edition.Id;
        return View(new AttachmentRow(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedAt, attachment.Sha256));
    }

    [HttpPost("admin/attachments/{id:int}/delete"), Authorize(Roles = Roles.Author)]
    public async Task<IActionResult> ConfirmDelete(int id, uint version, CancellationToken ct)
    {
        var (edition, attachment) = await LoadAttachmentAsync(id, ct);
        if (attachment is null) return NotFound();
        db.ExpectVersion(edition!, version);
        await store.RemoveAsync(edition!, attachment, HttpContext.Actor(), clock.GetUtcNow(), ct);
        TempData.Success($"已删除附件“{attachment.FileName}”");
        return Redirect($"/admin/editions/{edition!.Id}");
    }

    [HttpGet("admin/attachments/{id:int}")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var found = await db.Attachments.AsNoTracking().Where(a => a.Id == id)
            .Join(db.Editions.Include(e => e.Publication), a => a.EditionId, e => e.Id, (a, e) => new { a.FileName, a.ContentType, a.Sha256, e.Publication })
            .FirstOrDefaultAsync(ct);
        if (found is null || !found.Publication.IsVisibleTo(HttpContext.Actor())) return NotFound();
        var data = await store.ReadAsync(found.Sha256, ct);
        if (data is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(data, found.ContentType, found.FileName);
    }

    AttachmentUploadPage PageFor(Edition edition) => new(edition.Id, edition.Title, edition.Version,
        edition.Attachments.OrderBy(a => a.SortOrder).Select(a => new AttachmentRow(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.Sha256)).ToList(),
        store.Options.MaxSizeMegabytes);

    async Task<Edition?> LoadOwnAsync(int editionId, CancellationToken ct)
    {
        var edition = await db.Editions.Include(e => e.Publication).Include(e => e.Attachments).FirstOrDefaultAsync(e => e.Id == editionId, ct);
        return edition is not null && edition.Publication.DepartmentId == HttpContext.Actor().DepartmentId ? edition : null;
    }

    async Task<(Edition?, Attachment?)> LoadAttachmentAsync(int id, CancellationToken ct)
    {
        var editionId = await db.Attachments.Where(a => a.Id == id).Select(a => (int?)a.EditionId).FirstOrDefaultAsync(ct);
        var edition = editionId is null ? null : await LoadOwnAsync(editionId.Value, ct);
        return (edition, edition?.Attachments.FirstOrDefault(a => a.Id == id));
    }
}
