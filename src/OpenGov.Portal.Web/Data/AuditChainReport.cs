namespace OpenGov.Portal.Data;

/// <summary>The result of recomputing the audit hash chain: how many records were checked and the first broken link, if any.</summary>
public sealed record AuditChainReport(long Checked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
