using Microsoft.Extensions.Time.Testing;

namespace PauseBot.TimeTracking.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells a test when a timer of a given due time is created, so the test advances
/// the clock only once the wait it is about to observe has begun (no race between a retry's delay and the test).
/// </summary>
internal sealed class TimerWatchingTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<(TimeSpan Due, TaskCompletionSource Created)> waiters = [];
    private readonly List<TimeSpan> created = [];

    public TimerWatchingTimeProvider() : this(new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero))) { }

    public FakeTimeProvider Fake => inner;

    public void Advance(TimeSpan by) => inner.Advance(by);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(inner.CreateTimer(callback, state, dueTime, period), this);
        Started(dueTime);
        return timer;
    }

    private void Started(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return;
        lock (gate)
        {
            created.Add(dueTime);
            foreach (var waiter in waiters.Where(w => w.Due == dueTime).ToList()) { waiter.Created.TrySetResult(); waiters.Remove(waiter); }
        }
    }

    /// <summary>Timeouts arm their timer with <see cref="ITimer.Change"/> after creating it (CancellationTokenSource.CancelAfter).</summary>
    private sealed class WatchedTimer(ITimer timer, TimerWatchingTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            owner.Started(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }

    /// <summary>Completes once a timer due after exactly <paramref name="due"/> has been started (now or earlier).</summary>
    public Task WaitForTimerAsync(TimeSpan due)
    {
        lock (gate)
        {
            if (created.Contains(due)) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((due, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
