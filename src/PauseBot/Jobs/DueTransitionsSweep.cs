using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Scheduling;
using PauseBot.Features.Shared;
using PauseBot.Features.Schedules;
using PauseBot.Telemetry;

namespace PauseBot.Jobs;

/// <summary>
/// Makes scheduled pauses and resumes take effect at their instant, also after a restart: the database is the
/// source of truth, and each sweep applies whatever is due. Safe on several replicas — the pause's concurrency
/// token lets one writer win and the announcement's dedupe key makes a replay post nothing. The first sweep runs once
/// the server listens, not before: what fell due during downtime waits those moments, the first requests do not.
/// </summary>
public sealed class DueTransitionsSweep(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<PauseBotOptions> options,
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
        var announcements = scope.ServiceProvider.GetRequiredService<Announcements>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var outcomes = await lifecycle.ApplyDueTransitionsAsync(ct);
        if (outcomes.Count == 0) return 0;
        foreach (var outcome in outcomes)
            await announcements.AnnounceAsync(outcome, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return 0; // another replica applied it first
        foreach (var outcome in outcomes)
        {
            Log.TimedTransition(log, outcome is Paused p ? p.Project.Key : ((Resumed)outcome).Project.Key, outcome.GetType().Name);
            telemetry.ScheduledFiring(outcome.GetType().Name);
        }
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
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var broken = await keeper.ApplyDueAsync(options.Value.PromiseInterval, ct);
        foreach (var promise in broken)
        {
            var (pause, due) = (promise.Pause, promise.Due);
            var heartbeat = StatusMessages.Heartbeat(promise.Project, pause, promise.NextDue).ToPayload();
            foreach (var channel in promise.Project.Channels)
                await unitOfWork.EnqueueAsync(
                    OutboxIntent.Message(channel.ChannelId, OutboxKey.PromiseHeartbeat(pause.Id, due, channel.ChannelId), heartbeat), ct);
            var reminder = StatusMessages.LeadReminder(promise.Project, pause, due, promise.NextDue).ToPayload();
            foreach (var lead in promise.Project.Leads)
                await unitOfWork.EnqueueAsync(OutboxIntent.Message(lead.UserId, OutboxKey.PromiseReminder(pause.Id, due, lead.UserId), reminder), ct);
        }
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return 0; // another replica kept the promise first
        foreach (var promise in broken)
            Log.PromiseHeartbeat(log, promise.Project.Key, promise.Due, promise.NextDue);
        return broken.Count;
    }
}
