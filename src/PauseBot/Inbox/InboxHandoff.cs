using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Inbound;

namespace PauseBot.Inbox;

/// <summary>
/// Rows this process stored already claimed for itself, handed straight to its worker (no claim round trip, no poll).
/// Bounded by <see cref="InboxOptions.Concurrency"/>: when the worker is that far behind, or stopped, new rows are stored
/// unclaimed instead, for whichever worker of whichever replica is free.
/// </summary>
public sealed class InboxHandoff(IOptions<InboxOptions> options, TimeProvider time)
{
    private readonly ConcurrentQueue<(StoredDelivery Row, DateTimeOffset At)> _queue = new();
    private int _reserved;
    private volatile bool _closed;

    /// <summary>Reserves room for one row; false when full or closed (store the row unclaimed).</summary>
    public bool TryReserve()
    {
        if (_closed) return false;
        if (Interlocked.Increment(ref _reserved) <= options.Value.Concurrency) return true;
        Interlocked.Decrement(ref _reserved);
        return false;
    }

    /// <summary>Gives back a reservation that was not used (the row was a duplicate, or not stored).</summary>
    public void Release() => Interlocked.Decrement(ref _reserved);

    /// <summary>Hands a stored, claimed row to the worker; false when the worker has stopped meanwhile (give the claim back).</summary>
    public bool Enqueue(StoredDelivery row)
    {
        _queue.Enqueue((row, time.GetUtcNow()));
        return !_closed;
    }

    public bool TryTake(out StoredDelivery row, out DateTimeOffset handedAt)
    {
        if (_queue.TryDequeue(out var item))
        {
            Interlocked.Decrement(ref _reserved);
            (row, handedAt) = item;
            return true;
        }
        (row, handedAt) = (null!, default);
        return false;
    }

    /// <summary>No more rows: the worker is stopping. Returns the rows still waiting, whose claims the caller gives back.</summary>
    public IReadOnlyList<StoredDelivery> Close()
    {
        _closed = true;
        var left = new List<StoredDelivery>();
        while (TryTake(out var row, out _)) left.Add(row);
        return left;
    }
}
