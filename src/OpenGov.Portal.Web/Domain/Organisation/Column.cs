namespace OpenGov.Portal.Domain.Organisation;

/// <summary>A 栏目 of the public site. Hierarchical; the slug is its URL segment.</summary>
public sealed class Column
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int? ParentId { get; set; }
    public Column? Parent { get; set; }
    public int SortOrder { get; set; }
    public bool ShowOnHome { get; set; }

    /// <summary>How often the national inspection rules expect this column to be updated, in days (null: no expectation).</summary>
    public int? UpdateIntervalDays { get; set; }
}
