namespace OpenGov.Portal.Domain.Participation;

public enum ApplicationStatus
{
    /// <summary>The clock runs.</summary>
    Processing,

    /// <summary>补正 requested: the clock stops and restarts from the day the correction is received (《条例》第三十条).</summary>
    AwaitingCorrection,

    /// <summary>A third party is being consulted: that time does not count (《条例》第三十二条、第三十三条).</summary>
    Consulting,

    Answered,
}
