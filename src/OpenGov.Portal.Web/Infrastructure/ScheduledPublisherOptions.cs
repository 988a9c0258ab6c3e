namespace OpenGov.Portal.Infrastructure;

/// <summary>Settings of the scheduled publisher (section "Publishing:Scheduler").</summary>
public sealed class ScheduledPublisherOptions
{
    /// <summary>Off only for tests that drive <c>DueEditionPublisher</c> themselves.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 30;
}
