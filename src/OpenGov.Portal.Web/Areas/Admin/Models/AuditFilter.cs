using System.Globalization;
using OpenGov.Portal.Domain.Publishing;
using OpenGov.Portal.Infrastructure;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>Filters of the audit log page and export. Dates are China Standard Time days, both ends included.</summary>
public sealed class AuditFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Actor { get; set; }
    /// <summary>Action code or its prefix ("edition." for every edition action). Not named Action: that is MVC's route value.</summary>
    public string? Operation { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public int? Page { get; set; }

    public IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        if (From is { } from)
        {
            var start = Cst.FromCstLocal(from.ToDateTime(TimeOnly.MinValue));
            records = records.Where(a => a.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = Cst.FromCstLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            records = records.Where(a => a.OccurredAt < end);
        }
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            records = records.Where(a => a.ActorId == actor || a.ActorName.Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(Operation))
        {
            var action = Operation.Trim();
            records = records.Where(a => a.Action.StartsWith(action));
        }
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            var type = EntityType.Trim();
            records = records.Where(a => a.EntityType == type);
        }
        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            records = records.Where(a => a.EntityId == id);
        }
        return records;
    }

    /// <summary>The query string of these filters on page <paramref name="page"/>.</summary>
    public string QueryString(int page)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("From", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("To", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("Actor", Actor);
        Add("Operation", Operation);
        Add("EntityType", EntityType);
        Add("EntityId", EntityId);
        if (page > 1) parts.Add($"Page={page}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The filters in words, for the export's own audit record.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (From is not null) parts.Add($"起 {Cst.Date(From)}");
        if (To is not null) parts.Add($"止 {Cst.Date(To)}");
        if (!string.IsNullOrWhiteSpace(Actor)) parts.Add($"操作人 {Actor.Trim()}");
        if (!string.IsNullOrWhiteSpace(Operation)) parts.Add($"操作 {Operation.Trim()}");
        if (!string.IsNullOrWhiteSpace(EntityType)) parts.Add($"对象类型 {EntityType.Trim()}");
        if (!string.IsNullOrWhiteSpace(EntityId)) parts.Add($"对象ID {EntityId.Trim()}");
        return parts.Count == 0 ? "全部记录" : string.Join(";", parts);
    }
}
