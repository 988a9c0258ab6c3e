namespace OpenGov.Portal.Data;

/// <summary>Last index-number sequence handed out per year. Only ever incremented, so numbers are never reused.</summary>
public sealed class IndexCounter
{
    public int Year { get; set; }
    public long LastValue { get; set; }
}
