using System.Text;

namespace PauseBot.TimeTracking.StandIns;

/// <summary>Every request a stand-in answered, in order; tests assert on it and wait on it. Thread-safe.</summary>
public sealed class StandInCallLog
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private readonly List<StandInCall> calls = [];
    private readonly List<(Func<StandInCall, bool> Match, int Count, TaskCompletionSource<IReadOnlyList<StandInCall>> Done)> waiters = [];
    private long sequence;

    /// <summary>A snapshot of every call so far.</summary>
    public IReadOnlyList<StandInCall> All
    {
        get { lock (gate) return [.. calls]; }
    }

    /// <summary>Calls of <paramref name="method"/> on exactly <paramref name="path"/>.</summary>
    public IReadOnlyList<StandInCall> To(string method, string path)
    {
        lock (gate) return [.. calls.Where(c => c.Is(method, path))];
    }

    /// <summary>Forgets every call so far.</summary>
    public void Clear()
    {
        lock (gate) calls.Clear();
    }

    /// <summary>Waits until <paramref name="count"/> calls match (counting those already logged); default timeout 10 s.</summary>
    /// <exception cref="TimeoutException">Not enough arrived in time; the message lists every call seen.</exception>
    public async Task<IReadOnlyList<StandInCall>> WaitForAsync(Func<StandInCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        TaskCompletionSource<IReadOnlyList<StandInCall>> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var found = calls.Where(match).ToList();
            if (found.Count >= count) return found;
            waiters.Add((match, count, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Describe(count));
        }
        finally
        {
            lock (gate) waiters.RemoveAll(w => w.Done == done);
        }
    }

    internal void Add(StandInCall call)
    {
        lock (gate)
        {
            calls.Add(call with { Sequence = sequence++ });
            foreach (var (match, count, done) in waiters)
                if (calls.Count(match) >= count) done.TrySetResult([.. calls.Where(match)]);
        }
    }

    private string Describe(int count)
    {
        var text = new StringBuilder($"Timed out waiting for {count} matching call(s). Calls seen:");
        var all = All;
        if (all.Count == 0) text.Append(" (none)");
        foreach (var call in all) text.AppendLine().Append("  ").Append(call);
        return text.ToString();
    }
}
