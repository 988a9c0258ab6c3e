using Microsoft.EntityFrameworkCore;

namespace OpenGov.Portal.Data;

/// <summary>
/// Walks the audit log in sequence order and recomputes every hash. The first record whose sequence,
/// previous-hash link or own hash does not match is the first broken link: it (or the one removed
/// before it) was changed outside the application.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditChainReport> VerifyAsync(PortalDbContext db, CancellationToken ct = default)
    {
        long checkedCount = 0;
        long expectedSequence = 1;
        var previousHash = "";
        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            if (record.Sequence != expectedSequence)
                return new(checkedCount, record.Sequence, $"序号不连续:应为 {expectedSequence},实为 {record.Sequence}(有记录被删除)");
            if (record.PreviousHash != previousHash)
                return new(checkedCount, record.Sequence, "记录中的前一哈希与上一条记录的哈希不一致");
            if (record.ComputeHash() != record.Hash)
                return new(checkedCount, record.Sequence, "记录内容与其哈希不一致(记录被修改)");
            previousHash = record.Hash;
            expectedSequence++;
        }
        return new(checkedCount, null, null);
    }
}
