using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

/// <summary>The bureau and column navigation every public page shows; cached briefly because it rarely changes.</summary>
public sealed class SiteChrome(PortalDbContext db, IMemoryCache cache)
{
    public sealed record ColumnLink(int Id, string Slug, string Name, string? NameEn, bool ShowOnHome, int? ParentId)
    {
        /// <summary>Columns with structured pages of their own (budgets, powers) link there instead of the generic list.</summary>
        public string Href => SpecialPages.TryGetValue(Slug, out var href) ? href : $"/columns/{Slug}";
    }

    static readonly Dictionary<string, string> SpecialPages = new()
    {
        ["budgets"] = "/budgets",
        ["powers"] = "/powers",
        ["hudong"] = "/hudong",
        ["ysqgk"] = "/ysqgk",
    };

    public sealed record Site(string Name, string? NameEn, string Code, string? Address, string? ComplaintPhone, string? ComplaintEmail,
        string? IcpNumber, string? PublicSecurityNumber, IReadOnlyList<ColumnLink> Columns);

    const string Key = "og.site-chrome";

    public async Task<Site> GetAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var org = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
            var columns = await db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                .Select(c => new ColumnLink(c.Id, c.Slug, c.Name, c.NameEn, c.ShowOnHome, c.ParentId)).ToListAsync(ct);
            return new Site(org?.Name ?? "政务公开门户", org?.NameEn, org?.Code ?? "", org?.Address, org?.ComplaintPhone, org?.ComplaintEmail,
                org?.IcpNumber, org?.PublicSecurityNumber, columns);
        }))!;

    public void Invalidate() => cache.Remove(Key);
}
