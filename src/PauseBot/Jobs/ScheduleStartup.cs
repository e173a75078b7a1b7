using PauseBot.Core;

namespace PauseBot.Jobs;

/// <summary>On startup, brings Quartz in step with the database's schedules.</summary>
public sealed class ScheduleStartup(IServiceScopeFactory scopes, ScheduleSync sync, ILogger<ScheduleStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await sync.ReconcileAsync(scope.ServiceProvider.GetRequiredService<IPauseBotStore>(), cancellationToken);
        Log.SchedulesSynced(log, count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
