using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Data;

/// <summary>
/// Checks and stores attachment files. The type is decided by the content and must agree with the
/// extension; the bytes go to attachment_blobs keyed by their SHA-256 (a new edition shares them),
/// and each upload or removal is audited through the edition.
/// </summary>
public sealed class AttachmentStore(PortalDbContext db, IOptions<AttachmentOptions> options)
{
    public const int FileNameMax = 200;

    public AttachmentOptions Options => options.Value;

    /// <summary>Adds a file to <paramref name="edition"/> (tracked, with its attachments loaded) and saves.</summary>
    public async Task<AttachmentUpload> AddAsync(Edition edition, Actor actor, DateTimeOffset now, string? fileName, Stream content, long length,
        CancellationToken ct = default)
    {
        var name = CleanFileName(fileName);
        if (name.Length == 0 || length <= 0) return AttachmentUpload.Refused("请选择要上传的文件(文件不能为空)");
        if (length > Options.MaxBytes) return AttachmentUpload.Refused(Options.TooLargeMessage);
        var declared = AttachmentType.ForFileName(name);
        if (declared is null) return AttachmentUpload.Refused($"不支持该文件类型。只能上传{AttachmentType.AcceptedDescription}");

        var data = await ReadAsync(content, Options.MaxBytes, ct);
        if (data is null) return AttachmentUpload.Refused(Options.TooLargeMessage);
        var actual = ContentSniffer.Detect(data);
        if (actual is null)
            return AttachmentUpload.Refused($"文件“{name}”的内容不是有效的 {declared.Name} 文件,请检查后重新上传(只能上传{AttachmentType.AcceptedDescription})");
        if (actual != declared)
            return AttachmentUpload.Refused($"文件“{name}”的内容是 {actual.Name} 文件,与扩展名不符,请改正扩展名后重新上传");

        // Raises the audit record and refuses editions that are no longer editable or not the actor's department.
        edition.Touch(actor, now, "attachment.upload", name);
        var sha = Convert.ToHexStringLower(SHA256.HashData(data));
        var attachment = new Attachment
        {
            FileName = name, ContentType = actual.ContentType, Size = data.LongLength, Sha256 = sha,
            UploadedAt = now, UploadedById = actor.UserId,
            SortOrder = edition.Attachments.Count == 0 ? 1 : edition.Attachments.Max(a => a.SortOrder) + 1,
        };
        edition.Attachments.Add(attachment);

        // Blob and attachment row in one transaction (the caller's, or one replayed whole on a transient failure).
        await db.SaveChangesAsync(token => db.Database.ExecuteSqlAsync(
            $"INSERT INTO attachment_blobs (sha256, data) VALUES ({sha}, {data}) ON CONFLICT (sha256) DO NOTHING", token), cancellationToken: ct);
        return new AttachmentUpload(attachment, null);
    }

    /// <summary>Removes an attachment from an editable edition and saves. The blob stays: other editions may share it.</summary>
    public async Task RemoveAsync(Edition edition, Attachment attachment, Actor actor, DateTimeOffset now, CancellationToken ct = default)
    {
        edition.Touch(actor, now, "attachment.delete", attachment.FileName);
        edition.Attachments.Remove(attachment);
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken ct = default) =>
        await db.AttachmentBlobs.AsNoTracking().Where(b => b.Sha256 == sha256).Select(b => b.Data).FirstOrDefaultAsync(ct);

    /// <summary>The last path segment, without control characters, at most <see cref="FileNameMax"/> characters (keeping the extension).</summary>
    public static string CleanFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return "";
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or '*' or '?' or ':')).ToArray()).Trim();
        if (name.Length <= FileNameMax) return name;
        var ext = Path.GetExtension(name);
        return name[..(FileNameMax - ext.Length)] + ext;
    }

    static async Task<byte[]?> ReadAsync(Stream content, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
