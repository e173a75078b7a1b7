using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Pauses;
using PauseBot.Outbox;
using PauseBot.Telemetry;

namespace PauseBot.Jobs;

/// <summary>
/// Makes scheduled pauses and resumes take effect at their instant, also after a restart: the database is the
/// source of truth, and each sweep applies whatever is due. Safe on several replicas — the pause's concurrency
/// token lets one writer win and the announcement's dedupe key makes a replay post nothing.
/// </summary>
public sealed class DueTransitionsSweep(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, IOptions<PauseBotOptions> options,
    PauseBotTelemetry telemetry, ILogger<DueTransitionsSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.SweepFailed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<PauseLifecycle>();
        var announcer = scope.ServiceProvider.GetRequiredService<Announcer>();
        var store = scope.ServiceProvider.GetRequiredService<IPauseBotStore>();
        var outcomes = await lifecycle.ApplyDueTransitionsAsync(ct);
        if (outcomes.Count == 0) return 0;
        foreach (var outcome in outcomes)
            await announcer.AnnounceAsync(outcome, ct);
        try
        {
            await store.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            Log.ConcurrencyConflict(log, "*", ex.Message); // another replica applied it first
            return 0;
        }
        foreach (var outcome in outcomes)
        {
            Log.TimedTransition(log, outcome is Paused p ? p.Project.Key : ((Resumed)outcome).Project.Key, outcome.GetType().Name);
            telemetry.ScheduledFiring(outcome.GetType().Name);
        }
        signal.Notify();
        return outcomes.Count;
    }
}
