using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Data.Seed;

/// <summary>
/// Files on a few demo items, so a citizen can download attachments. They are put on the live edition
/// as if uploaded with the original draft. Idempotent: a file already on the edition is skipped.
/// </summary>
public static class DemoAttachments
{
    sealed record DemoFile(string ItemTitle, string FileName, string ContentType, Func<byte[]> Build);

    static readonly DemoFile[] Files =
    [
        new("关于开展2012年全国知识产权宣传周活动的通知", "2012年知识产权宣传周活动安排.pdf", "application/pdf",
            () => DemoFiles.Pdf("2012 National IP Publicity Week", "20-26 April 2012", "Activity schedule (demo attachment)")),
        new("专利统计快报(2012年第二季度)", "专利统计快报2012年第二季度.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            () => DemoFiles.Xlsx("专利统计", [["地区", "专利申请量", "专利授权量"], ["哈尔滨市", "2468", "1234"], ["齐齐哈尔市", "512", "256"], ["牡丹江市", "301", "150"], ["注", "演示数据"]])),
        new("省知识产权局政务公开实施办法", "政务公开实施办法.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            () => DemoFiles.Docx("省知识产权局政务公开实施办法", "第一条 为规范我局政务公开工作,制定本办法。", "(演示附件)")),
    ];

    public static async Task LoadAsync(PortalDbContext db)
    {
        foreach (var file in Files)
        {
            var liveId = await db.Publications.Where(p => p.Title == file.ItemTitle).Select(p => p.LiveEditionId).FirstOrDefaultAsync();
            var edition = liveId is null ? null : await db.Editions.Include(e => e.Attachments).FirstOrDefaultAsync(e => e.Id == liveId);
            if (edition is null || edition.Attachments.Any(a => a.FileName == file.FileName)) continue;

            var data = file.Build();
            var sha = Convert.ToHexStringLower(SHA256.HashData(data));
            if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha)) db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = sha, Data = data });
            db.Attachments.Add(new Attachment
            {
                EditionId = edition.Id, FileName = file.FileName, ContentType = file.ContentType, Size = data.LongLength, Sha256 = sha,
                UploadedAt = edition.CreatedAt, UploadedById = edition.AuthorId, SortOrder = edition.Attachments.Count + 1,
            });
            await db.SaveChangesAsync();
        }
    }
}
