namespace OpenGov.Portal.Domain.Organisation;

/// <summary>The bureau that runs the portal. Its code prefixes every catalogue index number (索引号).</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
    public string? NameEn { get; set; }
    public string? Address { get; set; }
    public string? ComplaintPhone { get; set; }
    public string? ComplaintEmail { get; set; }
    public string? IcpNumber { get; set; }
    public string? PublicSecurityNumber { get; set; }
}
