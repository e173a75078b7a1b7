using PauseBot.Persistence.Outbox;
using PauseBot.Features.Schedules;
using PauseBot.Core.Scheduling;
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
/// token lets one writer win and the announcement's dedupe key makes a replay post nothing. The first sweep runs once
/// the server listens, not before: what fell due during downtime waits those moments, the first requests do not.
/// </summary>
public sealed class DueTransitionsSweep(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, IOptions<PauseBotOptions> options,
    PauseBotTelemetry telemetry, IHostApplicationLifetime lifetime, ILogger<DueTransitionsSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
                await KeepPromisesAsync(stoppingToken);
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

    /// <summary>
    /// Broken next-update promises: a heartbeat in every channel and one reminder DM per lead, keyed by the promise's
    /// instant so a replay or a second replica adds nothing.
    /// </summary>
    public async Task<int> KeepPromisesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var keeper = scope.ServiceProvider.GetRequiredService<PromiseKeeper>();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var store = scope.ServiceProvider.GetRequiredService<IPauseBotStore>();
        var broken = await keeper.ApplyDueAsync(options.Value.PromiseInterval, ct);
        foreach (var promise in broken)
        {
            var key = $"promise:{promise.Pause.Id}:{promise.Due.UtcTicks}";
            var heartbeat = OutboxPayload.Serialize(StatusMessages.Heartbeat(promise.Project, promise.Pause, promise.NextDue));
            foreach (var channel in promise.Project.Channels)
                await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, channel.ChannelId, heartbeat, $"{key}:{channel.ChannelId}", time.GetUtcNow()), ct);
            var reminder = OutboxPayload.Serialize(StatusMessages.LeadReminder(promise.Project, promise.Pause, promise.Due, promise.NextDue));
            foreach (var lead in promise.Project.Leads)
                await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, lead.UserId, reminder, $"{key}:remind:{lead.UserId}", time.GetUtcNow()), ct);
        }
        try
        {
            await store.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            Log.ConcurrencyConflict(log, "*", ex.Message); // another replica kept the promise first
            return 0;
        }
        foreach (var promise in broken)
            Log.PromiseHeartbeat(log, promise.Project.Key, promise.Due, promise.NextDue);
        if (broken.Count > 0) signal.Notify();
        return broken.Count;
    }
}
