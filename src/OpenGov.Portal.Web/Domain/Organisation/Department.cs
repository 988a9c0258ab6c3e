namespace OpenGov.Portal.Domain.Organisation;

/// <summary>A 处室 or directly affiliated unit. Authors draft for their own department only.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int SortOrder { get; set; }
}
