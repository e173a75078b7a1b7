using PauseBot.Inbox;
using PauseBot.Jobs;
using PauseBot.Outbox;
using PauseBot.Persistence;
using PauseBot.Slack.Inbound;
using Quartz;

namespace PauseBot.Tests.Support;

public sealed partial class BotHost
{
    /// <summary>
    /// Waits until the bot has nothing left to do for what happened before the call, so a test can then assert what was
    /// NOT done ("exactly one post", "nothing posted"). Settled means, all at once:
    /// <list type="bullet">
    /// <item>inbound work accepted so far has finished: no inbox row (event, click, modal submission) is due and unhandled,
    /// no inbox handler of this process is in flight (a click's answer on its response_url included), and the work that
    /// runs after an ack (command results and modal submissions that overran the ack) is done;</item>
    /// <item>then a sweep of due transitions and promises has run — this helper runs one itself, as the background sweep
    /// would within its interval (a sweep is idempotent and safe beside another) — so whatever was due by then is applied
    /// and its messages written;</item>
    /// <item>no Quartz job of this node is running or about to (a firing acquired);</item>
    /// <item>the outbox holds no undelivered row (none due, none mid-delivery, none waiting for a retry or its turn), and a
    /// whole dispatcher round has ended since that was seen, so nothing of a delivery (its metrics, its log line) is still
    /// under way.</item>
    /// </list>
    /// Each can hand work to another (an event writes messages; a delivery writes DMs), so the checks repeat until one pass
    /// finds everything idle. Every wait is on a signal of the bot's own loops, never on a guess of how long work takes.
    /// <para>Not waited for: work scheduled for a later instant (a pause or resume <c>--at</c>, a next-update promise, a
    /// schedule's trigger, an inbox row waiting for its next retry), and dead inbox rows. To assert what happens by such an
    /// instant, wait for it first (<see cref="RealTime.WaitUntilAsync"/>), then settle. A test about the background sweep
    /// itself waits for its effect (the announcement) before settling, so the sweep run here cannot stand in for it.
    /// Handlers in flight and Quartz firings are this process's (inbox and outbox rows are the whole database's): on a
    /// shared database, settle each replica.</para>
    /// </summary>
    /// <exception cref="TimeoutException">Not settled within <paramref name="timeout"/> (default 60 s); says what is pending.</exception>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? Quiescence.DefaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(limit);
        var ct = deadline.Token;
        var stage = "inbound work";
        IReadOnlyList<string> pending = [];
        try
        {
            await WhenInboundIdleAsync(ct);
            stage = "a sweep of due transitions";
            var sweep = Services.GetRequiredService<DueTransitionsSweep>();
            await sweep.SweepOnceAsync(ct);
            await sweep.KeepPromisesAsync(ct);
            var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
            while (true)
            {
                stage = "inbound work";
                await WhenInboundIdleAsync(ct);
                stage = "the outbox";
                await using (var scope = Services.CreateAsyncScope())
                    pending = await Quiescence.PendingOutboxAsync(scope.ServiceProvider.GetRequiredService<PauseBotDbContext>(), ct);
                if (await RunningJobsAsync(ct) is { Count: > 0 } jobs) pending = [.. pending, .. jobs];
                await dispatcher.Rounds.NextAsync(ct);
                if (pending.Count == 0 && (await PendingInboundAsync(ct)).Count == 0) return;
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            if (stage == "inbound work") pending = await PendingInboundAsync(TestContext.Current.CancellationToken);
            throw new TimeoutException(Quiescence.Describe($"the bot did not settle within {limit.TotalSeconds:0} s (waiting for {stage})", pending));
        }
    }

    /// <summary>
    /// Waits until inbound work is done (this process's handlers; inbox rows of any process on the database): no inbox row
    /// due and unhandled, no inbox handler in flight, nothing running after an ack. A due row not yet running is left to
    /// the worker's next round (it was woken when the row was stored, and looks for due rows every poll interval anyway).
    /// </summary>
    public async Task WhenInboundIdleAsync(CancellationToken ct)
    {
        var background = Services.GetRequiredService<SlackBackgroundWork>();
        var worker = Services.GetRequiredService<InboxWorker>();
        while (true)
        {
            await background.WhenIdleAsync().WaitAsync(ct);
            await worker.WhenHandlersIdleAsync().WaitAsync(ct);
            if ((await PendingInboundAsync(ct)).Count == 0) return;
            await worker.Rounds.NextAsync(ct); // takes what was handed over or came due; then wait for its handlers
        }
    }

    /// <summary>What of the inbound work is not done yet; empty when idle.</summary>
    public async Task<IReadOnlyList<string>> PendingInboundAsync(CancellationToken ct)
    {
        var pending = new List<string>();
        if (!Services.GetRequiredService<SlackBackgroundWork>().WhenIdleAsync().IsCompleted) pending.Add("work running after an ack");
        if (Services.GetRequiredService<InboxWorker>().InFlight is > 0 and var n) pending.Add($"{n} inbox handler(s) in flight");
        await using var scope = Services.CreateAsyncScope();
        pending.AddRange(await Quiescence.PendingInboxAsync(scope.ServiceProvider.GetRequiredService<PauseBotDbContext>(),
            Services.GetRequiredService<TimeProvider>().GetUtcNow(), ct));
        return pending;
    }

    // Firings this node has acquired or is executing (a job triggered by the test, a trigger that came due).
    private async Task<IReadOnlyList<string>> RunningJobsAsync(CancellationToken ct)
    {
        var running = new List<string>();
        foreach (var scheduler in await Services.GetRequiredService<ISchedulerFactory>().GetAllSchedulers(ct))
        {
            if (scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown) continue;
            var firings = await scheduler.QueryFireInstances(
                new FireInstanceQuery { SchedulerInstanceId = scheduler.SchedulerInstanceId, State = null }, ct);
            running.AddRange(firings.Items.Select(f => $"Quartz firing of {f.TriggerKey} ({f.State})"));
        }
        return running;
    }
}
