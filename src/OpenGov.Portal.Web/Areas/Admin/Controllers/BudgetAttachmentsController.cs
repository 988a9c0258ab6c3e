using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Data;
using OpenGov.Portal.Data.Configurations;
using OpenGov.Portal.Domain.Budgets.Import;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Controllers;

/// <summary>Optional attachments of a budget edition (e.g. the signed PDF of the tables), stored as <see cref="Attachment"/>s.</summary>
[Area("Admin"), Authorize(Roles = Roles.Author), Route("admin/budgets/editions/{id:int}/attachments")]
public sealed class BudgetAttachmentsController(PortalDbContext db, TimeProvider clock) : Controller
{
    static readonly Dictionary<string, string> Types = new()
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    [HttpPost("")]
    [ServiceFilter<BudgetUploadLimitFilter>(Order = BudgetUploadLimitFilter.FilterOrder)]
    [RequestSizeLimit(BudgetUploadLimitFilter.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = BudgetUploadLimitFilter.RequestLimit)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var back = $"/admin/budgets/editions/{id}";
        var name = Path.GetFileName(file?.FileName ?? "");
        if (file is null || file.Length == 0) { TempData.Error("请选择要上传的附件(文件不能为空)"); return Redirect(back); }
        if (file.Length > BudgetFileReader.MaxBytes) { TempData.Error("附件不能超过 5 MB"); return Redirect(back); }
        if (!Types.TryGetValue(Path.GetExtension(name).ToLowerInvariant(), out var contentType)) { TempData.Error("附件只能是 PDF、Word 或 Excel 文件"); return Redirect(back); }
        if (name.Length > 200) name = name[^200..];

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha, ct)) db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = sha, Data = bytes });
        var actor = HttpContext.Actor();
        var now = clock.GetUtcNow();
        var edition = loaded.Edition;
        edition.Touch(actor, now, "attachment.add", name);
        db.Attachments.Add(new Attachment
        {
            EditionId = edition.Id, FileName = name, ContentType = contentType, Size = bytes.Length, Sha256 = sha,
            UploadedAt = now, UploadedById = actor.UserId, SortOrder = await db.Attachments.CountAsync(a => a.EditionId == id, ct) + 1,
        });
        await db.SaveChangesAsync(ct);
        TempData.Success($"已上传附件“{name}”");
        return Redirect(back);
    }

    [HttpPost("{attachmentId:int}/delete")]
    public async Task<IActionResult> Delete(int id, int attachmentId, CancellationToken ct)
    {
        var loaded = await BudgetAccess.LoadAsync(db, id, ct);
        if (loaded is null) return NotFound();
        if (!BudgetAccess.MayEdit(HttpContext.Actor(), loaded)) return Forbid();
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.EditionId == id, ct);
        if (attachment is null) return NotFound();
        loaded.Edition.Touch(HttpContext.Actor(), clock.GetUtcNow(), "attachment.remove", attachment.FileName);
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        TempData.Success($"已删除附件“{attachment.FileName}”");
        return Redirect($"/admin/budgets/editions/{id}");
    }
}
