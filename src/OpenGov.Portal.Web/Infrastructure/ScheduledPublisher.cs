using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Runs <see cref="DueEditionPublisher"/> at start-up and then every interval. Nothing is kept in
/// memory: what is due is read from the database, so a restart (or an outage) only delays publishing.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ScheduledPublisherOptions> options,
    ILogger<ScheduledPublisher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DueEditionPublisher>().PublishDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogWarning("Scheduled publishing run failed, next try in {Interval}: {Reason}", interval, ex.Message);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
