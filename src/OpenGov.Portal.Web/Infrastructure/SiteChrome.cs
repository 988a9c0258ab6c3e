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
        public string Href => HrefOf(Slug);
    }

    public static string HrefOf(string slug) => SpecialPages.TryGetValue(slug, out var href) ? href : $"/columns/{slug}";

    static readonly Dictionary<string, string> SpecialPages = new()
    {
        ["budgets"] = "/budgets",
        ["powers"] = "/powers",
        ["hudong"] = "/hudong",
        ["ysqgk"] = "/ysqgk",
        ["zwgk-guide"] = "/zwgk",
    };

    public sealed record DepartmentLink(int Id, string Code, string Name, string? NameEn);

    public sealed record Site(string Name, string? NameEn, string Code, string? Address, string? ComplaintPhone, string? ComplaintEmail,
        string? IcpNumber, string? PublicSecurityNumber, IReadOnlyList<ColumnLink> Columns, IReadOnlyList<DepartmentLink> Departments)
    {
        public ColumnLink? Column(int id) => Columns.FirstOrDefault(c => c.Id == id);
        public ColumnLink? Column(string? slug) => slug is null ? null : Columns.FirstOrDefault(c => c.Slug == slug);
        public DepartmentLink? Department(int id) => Departments.FirstOrDefault(d => d.Id == id);
        public DepartmentLink? Department(string? code) => code is null ? null : Departments.FirstOrDefault(d => d.Code == code);
    }

    const string Key = "og.site-chrome";

    public async Task<Site> GetAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var org = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
            var columns = await db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
                .Select(c => new ColumnLink(c.Id, c.Slug, c.Name, c.NameEn, c.ShowOnHome, c.ParentId)).ToListAsync(ct);
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
                .Select(d => new DepartmentLink(d.Id, d.Code, d.Name, d.NameEn)).ToListAsync(ct);
            return new Site(org?.Name ?? "政务公开门户", org?.NameEn, org?.Code ?? "", org?.Address, org?.ComplaintPhone, org?.ComplaintEmail,
                org?.IcpNumber, org?.PublicSecurityNumber, columns, departments);
        }))!;

    public void Invalidate() => cache.Remove(Key);
}
