using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Inbound;
using PauseBot.Telemetry;

namespace PauseBot.Inbox;

/// <summary>
/// Handles the inbox, up to <see cref="InboxOptions.Concurrency"/> rows at once: first the rows this process stored claimed
/// for itself (<see cref="InboxHandoff"/>), then due rows it claims with a lease (retries, rows stored unclaimed, rows of a
/// replica that died; looked for every <see cref="InboxOptions.PollInterval"/> or when woken); renews the claims of running handlers,
/// hands each row to <see cref="InboundDeliveryRunner"/> in its own scope, and prunes handled rows past their retention.
/// Rows left by a crash are due again when their lease runs out, on this process or any other. On shutdown it stops
/// claiming, gives running handlers <see cref="InboxOptions.ShutdownGrace"/>, then cancels the rest and hands their rows
/// back untouched for the next start; rows stored meanwhile wait there too.
/// </summary>
public sealed partial class InboxWorker(
    IServiceScopeFactory scopes, InboundDeliveryRunner runner, ISlackInbox inbox, InboxSignal signal, InboxClaims claims, InboxHandoff handoff,
    TimeProvider time, IOptions<InboxOptions> options, PauseBotTelemetry telemetry, ILogger<InboxWorker> log) : IHostedService, IDisposable
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _abortHandlers = new();
    private readonly ConcurrentDictionary<long, (StoredDelivery Row, Task Work)> _running = new();
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _renewedAt;
    private Task _loop = Task.CompletedTask;

    /// <summary>Each pass of the loop (take handed rows, claim due ones, then wait to be woken) is one round.</summary>
    public BackgroundRounds Rounds { get; } = new();

    /// <summary>Handlers running now (a row taken and not yet finished, including what it does after its commit).</summary>
    public int InFlight => _running.Count;

    /// <summary>Completes when no handler runs any more (those started meanwhile included).</summary>
    public async Task WhenHandlersIdleAsync()
    {
        while (!_running.IsEmpty)
            await Task.WhenAll(_running.Values.Select(r => r.Work));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewedAt = time.GetUtcNow();
        _loop = Task.Run(() => LoopAsync(_stopClaiming.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using (Rounds.Begin())
                {
                    await PruneIfDueAsync(ct);
                    await RenewIfDueAsync(ct);
                    var free = options.Value.Concurrency - _running.Count;
                    while (free > 0 && handoff.TryTake(out var handed, out var handedAt))
                    {
                        Start(handed, handedAt);
                        free--;
                    }
                    if (free > 0 && await ClaimAsync(free, ct) == free) continue; // there may be more: claim again once a slot frees
                }
                await signal.WaitAsync(IdleWait(), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.InboxLoopFailed(log, ex);
                try { await signal.WaitAsync(options.Value.PollInterval, ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task<int> ClaimAsync(int max, CancellationToken ct)
    {
        var o = options.Value;
        IReadOnlyList<InboxMessage> rows;
        await using (var scope = scopes.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<InboxStore>().ClaimDueAsync(claims.Next(), o.Lease, max, ct);
        foreach (var row in rows)
            Start(new StoredDelivery(row.Id, new InboundDelivery(Enum.Parse<InboundKind>(row.Kind), row.Key, row.Label, row.Payload),
                row.LockedBy!, row.Attempts), handedAt: null);
        return rows.Count;
    }

    private void Start(StoredDelivery stored, DateTimeOffset? handedAt)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[stored.Id] = (stored, Task.Run(async () =>
        {
            await gate.Task;
            await HandleAsync(stored, handedAt);
        }, CancellationToken.None));
        gate.SetResult();
    }

    private async Task HandleAsync(StoredDelivery stored, DateTimeOffset? handedAt)
    {
        var kind = stored.Delivery.Kind.ToString();
        try
        {
            // A row handed over by the request that stored it waited for a slot under a lease nobody renewed: renew it
            // first if it may be running out, and leave it if another worker has taken it over meanwhile.
            if (handedAt is { } at && time.GetUtcNow() - at > options.Value.Lease / 3 && !await RenewAsync(stored))
            {
                Log.InboxClaimLost(log, stored.Id, kind, stored.Delivery.Label);
                return;
            }
            bool handled;
            await using (var scope = scopes.CreateAsyncScope())
                handled = await runner.RunAsync(stored, scope.ServiceProvider, _abortHandlers.Token);
            if (handled)
            {
                Log.InboxHandled(log, stored.Id, kind, stored.Delivery.Label);
                telemetry.InboxHandled(kind, "done");
            }
            else
            {
                Log.InboxClaimLost(log, stored.Id, kind, stored.Delivery.Label);
                telemetry.InboxHandled(kind, "lost");
            }
        }
        catch (Exception) when (_abortHandlers.IsCancellationRequested)
        {
            await ReleaseAsync(stored); // cut short by shutdown: not a failed attempt
        }
        catch (Exception ex)
        {
            try
            {
                await inbox.FailedAsync(stored, ex, CancellationToken.None);
            }
            catch (Exception failed)
            {
                Log.InboxLoopFailed(log, failed); // the claim runs out and the row is tried again
            }
        }
        finally
        {
            _running.TryRemove(stored.Id, out _);
            signal.Notify();
        }
    }

    private async Task<bool> RenewAsync(StoredDelivery stored)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InboxStore>().RenewAsync(stored.Id, stored.Claim, options.Value.Lease, CancellationToken.None);
    }

    private async Task ReleaseAsync(StoredDelivery stored, bool started = true)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InboxStore>().ReleaseAsync(stored.Id, stored.Claim, CancellationToken.None);
            if (started) Log.InboxLeftForNextStart(log, stored.Id, stored.Delivery.Kind.ToString(), stored.Delivery.Label);
        }
        catch (Exception ex)
        {
            Log.InboxLoopFailed(log, ex); // its lease runs out instead
        }
    }

    // Claims are renewed at a third of the lease, so a slow handler keeps its row and a dead process's rows wait one lease.
    private async Task RenewIfDueAsync(CancellationToken ct)
    {
        var lease = options.Value.Lease;
        if (time.GetUtcNow() - _renewedAt < lease / 3) return;
        _renewedAt = time.GetUtcNow();
        if (_running.IsEmpty) return;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<InboxStore>();
        foreach (var (row, _) in _running.Values)
            await store.RenewAsync(row.Id, row.Claim, lease, ct);
    }

    private async Task PruneIfDueAsync(CancellationToken ct)
    {
        if (time.GetUtcNow() - _prunedAt < PruneEvery) return;
        _prunedAt = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var pruned = await scope.ServiceProvider.GetRequiredService<InboxStore>().PruneAsync(options.Value.Retention, ct);
        if (pruned > 0) Log.InboxPruned(log, pruned);
    }

    private TimeSpan IdleWait()
    {
        var o = options.Value;
        if (_running.IsEmpty) return o.PollInterval;
        var untilRenewal = _renewedAt + o.Lease / 3 - time.GetUtcNow();
        return untilRenewal <= TimeSpan.Zero ? TimeSpan.Zero : untilRenewal < o.PollInterval ? untilRenewal : o.PollInterval;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopClaiming.CancelAsync();
        await _loop;
        foreach (var waiting in handoff.Close()) await ReleaseAsync(waiting, started: false); // stored but not started: for the next start
        var running = _running.Values.Select(r => r.Work).ToArray();
        if (running.Length == 0) return;
        var grace = options.Value.ShutdownGrace;
        Log.InboxDraining(log, running.Length, grace);
        var all = Task.WhenAll(running);
        try
        {
            await all.WaitAsync(grace, time, cancellationToken);
            return;
        }
        catch (TimeoutException) { }
        catch (OperationCanceledException) { }
        await _abortHandlers.CancelAsync();
        try
        {
            await all.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) { } // the host gives up; their leases run out
    }

    public void Dispose()
    {
        _stopClaiming.Dispose();
        _abortHandlers.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Inbox {InboxId} ({Kind} {Label}) handled")]
        public static partial void InboxHandled(ILogger logger, long inboxId, string kind, string label);

        [LoggerMessage(2, LogLevel.Warning, "Inbox {InboxId} ({Kind} {Label}) was taken over by another worker before it was marked handled; nothing of this run was saved")]
        public static partial void InboxClaimLost(ILogger logger, long inboxId, string kind, string label);

        [LoggerMessage(3, LogLevel.Error, "Inbox loop failed; retrying")]
        public static partial void InboxLoopFailed(ILogger logger, Exception exception);

        [LoggerMessage(4, LogLevel.Information, "Shutting down: waiting up to {Grace} for {Count} inbox handlers")]
        public static partial void InboxDraining(ILogger logger, int count, TimeSpan grace);

        [LoggerMessage(5, LogLevel.Warning, "Inbox {InboxId} ({Kind} {Label}) did not finish within the shutdown grace; left for the next start")]
        public static partial void InboxLeftForNextStart(ILogger logger, long inboxId, string kind, string label);

        [LoggerMessage(6, LogLevel.Information, "Pruned {Count} handled inbox rows")]
        public static partial void InboxPruned(ILogger logger, int count);
    }
}
