using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;
using OpenGov.Portal.Domain.Participation;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Resolves the configured coordinating department (by code) into the desk that checks who may act.</summary>
public sealed class ParticipationDeskProvider(PortalDbContext db, IOptions<ParticipationOptions> options, IMemoryCache cache)
{
    public async Task<ParticipationDesk> GetAsync(CancellationToken ct = default)
    {
        var code = options.Value.CoordinatingDepartmentCode;
        var id = await cache.GetOrCreateAsync("og.participation.desk." + code, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Departments.AsNoTracking().Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        });
        // No such department: nobody coordinates (every triage action is refused with a message).
        return new ParticipationDesk(id ?? -1);
    }
}
