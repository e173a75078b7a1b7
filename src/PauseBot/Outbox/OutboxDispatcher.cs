using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;
using PauseBot.Telemetry;

namespace PauseBot.Outbox;

/// <summary>
/// Delivers outbox rows after the ack, each through the deliverer registered for its kind (<see cref="OutboxDeliverers"/>).
/// Rows are claimed with a lease (one replica each), paced per channel, and
/// retried with backoff on any transient failure — an outage delays messages, never loses them. Slack errors that
/// no retry can fix (<see cref="SlackErrorClass.Definite"/> in <see cref="SlackErrorTable"/>, e.g. <c>channel_not_found</c>)
/// end the row and are logged.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxDeliverers deliverers, OutboxSignal signal, OutboxPacer pacer, TimeProvider time, IOptions<OutboxOptions> options,
    PauseBotTelemetry telemetry, ILogger<OutboxDispatcher> log) : BackgroundService
{
    private readonly string _node = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new();
    private DateTimeOffset _statsReadAt = DateTimeOffset.MinValue;
    private long _nextReleasedDueTicks = long.MaxValue;

    /// <summary>Each pass of the loop (claim and deliver what is due, refresh the gauges) is one round.</summary>
    public BackgroundRounds Rounds { get; } = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            using (Rounds.Begin())
            {
                try
                {
                    handled = await DeliverDueAsync(stoppingToken);
                    await RefreshStatsAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.OutboxLoopFailed(log, ex);
                    handled = 0;
                }
            }
            if (handled == 0)
                await signal.WaitAsync(IdleWait(), stoppingToken);
        }
    }

    /// <summary>One round: claim due rows and deliver them; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        IReadOnlyList<OutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
            claimed = await scope.ServiceProvider.GetRequiredService<OutboxStore>()
                .ClaimDueAsync(_node, time.GetUtcNow(), o.Lease, o.BatchSize, ct);
        if (claimed.Count == 0) return 0;

        var delivered = 0;
        // Rows for one target stay in order on one lane; different targets go in parallel.
        var lanes = claimed.GroupBy(m => m.Target).ToList();
        await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = ct },
            async (lane, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
                var rows = lane.ToList();
                for (var i = 0; i < rows.Count; i++)
                {
                    if (!IsPaced(rows[i].Kind))
                    {
                        if (await store.RenewClaimAsync(rows[i].Id, _node, time.GetUtcNow() + o.Lease, token)
                            && await TryDeliverAsync(scope.ServiceProvider, store, rows[i], token))
                            Interlocked.Increment(ref delivered);
                        continue;
                    }
                    await PaceAsync(rows[i].Target, o.PerTargetSpacing, token);
                    var (slot, wait) = await ReserveAsync(MethodOf(rows[i].Kind), o.MaxPaceHold, token);
                    if (slot is null)
                    {
                        // The workspace pace is spent for a while: hand this lane back, due when a slot frees.
                        var due = time.GetUtcNow() + wait;
                        foreach (var row in rows.Skip(i))
                            await store.ReleaseAsync(row.Id, due, CancellationToken.None);
                        NoteReleased(due);
                        break;
                    }
                    try
                    {
                        // A slow batch may outlive its lease; send only rows still ours, or another replica posts them too.
                        if (!await store.RenewClaimAsync(rows[i].Id, _node, time.GetUtcNow() + o.Lease, token))
                            continue;
                        if (await TryDeliverAsync(scope.ServiceProvider, store, rows[i], token))
                            Interlocked.Increment(ref delivered);
                    }
                    finally
                    {
                        pacer.Complete(slot);
                    }
                }
            });
        return delivered;
    }

    /// <summary>Reads outbox depth and oldest age for the gauges, at most once per poll interval.</summary>
    private async Task RefreshStatsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - _statsReadAt < options.Value.PollInterval) return;
        _statsReadAt = now;
        await using var scope = scopes.CreateAsyncScope();
        var stats = await scope.ServiceProvider.GetRequiredService<OutboxStore>().StatsAsync(now, ct);
        telemetry.OutboxStats(stats.Depth, stats.OldestAge);
    }

    private async Task<bool> TryDeliverAsync(IServiceProvider scope, OutboxStore store, OutboxMessage message, CancellationToken ct)
    {
        using var activity = PauseBotTelemetry.Tracing.StartActivity("outbox.deliver");
        activity?.SetTag("outbox.kind", message.Kind.ToString());
        activity?.SetTag("outbox.target", message.Target);
        var started = time.GetUtcNow();
        try
        {
            var result = await deliverers.Resolve(scope, message.Kind).DeliverAsync(message, ct);
            if (result is DeliveryResult.Later later)
            {
                await store.ReleaseAsync(message.Id, time.GetUtcNow() + later.Wait, CancellationToken.None);
                NoteReleased(time.GetUtcNow() + later.Wait);
                return false;
            }
            var sent = (DeliveryResult.Sent)result;
            await store.MarkDeliveredAsync(message.Id, sent.Channel, sent.Ts, time.GetUtcNow(), CancellationToken.None);
            if (sent.Found) Log.OutboxFoundPosted(log, message.Id, message.Target, sent.Ts);
            else Log.OutboxDelivered(log, message.Id, message.Kind.ToString(), message.Target, sent.Ts);
            telemetry.OutboxDelivery(message.Kind.ToString(), sent.Found ? "found_posted" : "delivered");
            return true;
        }
        catch (SlackApiException ex) when (SlackErrorTable.Of(ex) == SlackErrorClass.Definite)
        {
            Log.OutboxDead(log, message.Id, message.Target, ex.Error);
            telemetry.OutboxDelivery(message.Kind.ToString(), "dead");
            await store.MarkFailedAsync(message.Id, ex.Error, time.GetUtcNow(), dead: true, CancellationToken.None);
        }
        catch (SlackApiException ex) when (SlackErrorTable.IsUndocumented(ex) && message.Attempts + 1 >= options.Value.MaxAttemptsOnUndocumentedError)
        {
            // A code Slack documents nowhere for this method, still failing after every attempt allowed: give up rather than loop forever.
            Log.OutboxDead(log, message.Id, message.Target, ex.Error);
            telemetry.OutboxDelivery(message.Kind.ToString(), "dead");
            await store.MarkFailedAsync(message.Id, ex.Error, time.GetUtcNow(), dead: true, CancellationToken.None);
        }
        catch (PermanentDeliveryException ex)
        {
            Log.OutboxDead(log, message.Id, message.Target, ex.Error);
            telemetry.OutboxDelivery(message.Kind.ToString(), "dead");
            await store.MarkFailedAsync(message.Id, ex.Error, time.GetUtcNow(), dead: true, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && message.Kind == OutboxKind.PostMessage)
        {
            // Shutting down mid-post: Slack may have the message. Leave the row due, marked so the next attempt looks first.
            await store.MarkFailedAsync(message.Id, "shutdown", time.GetUtcNow(), dead: false, CancellationToken.None, unconfirmedSince: started);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var error = ex is SlackApiException s ? s.Error : ex.GetType().Name;
            var backoff = TimeSpan.FromSeconds(Math.Min(options.Value.MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(message.Attempts, 16))));
            var retryAt = time.GetUtcNow() + backoff;
            Log.OutboxFailed(log, message.Id, message.Target, message.Attempts + 1, error, retryAt);
            telemetry.OutboxDelivery(message.Kind.ToString(), "retry");
            await store.MarkFailedAsync(message.Id, error, retryAt, dead: false, CancellationToken.None,
                unconfirmedSince: MayHavePosted(message.Kind, ex) ? started : null);
        }
        return false;
    }

    // Only a failed chat.postMessage can leave a message behind; a failed history lookup or conversations.open cannot.
    internal static bool MayHavePosted(OutboxKind kind, Exception failure) =>
        kind == OutboxKind.PostMessage && SlackFailure.MayHaveTakenEffect(failure)
        && failure is not SlackApiException { Method: not "chat.postMessage" };
}
