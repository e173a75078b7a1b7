namespace PauseBot.Persistence.Inbox;

/// <summary>Where an inbox row is: waiting or being handled, handled, or given up after its last attempt.</summary>
public enum InboxState
{
    Pending,
    Done,
    Dead,
}

/// <summary>
/// One delivery from Slack whose work runs after the ack (an event, a click, a modal submission), written before the ack.
/// Workers claim it with a lease (<see cref="LockedBy"/> holds the claim, <see cref="LockedUntilMs"/> its end), and the
/// claim's holder marks it <see cref="InboxState.Done"/> in the same transaction as the handler's own writes; the claim is
/// a concurrency token, so a worker whose lease ran out and was taken over cannot mark it any more. Instants are Unix
/// milliseconds (plain numbers, so the insert on the ack path is one provider-neutral statement).
/// </summary>
public sealed class InboxMessage
{
    private InboxMessage() { }

    public long Id { get; private set; }

    /// <summary>The delivery's identity (<c>event:…</c>, <c>action:…</c>, <c>view:…</c>); unique, so a Slack retry is one row.</summary>
    public string Key { get; private set; } = "";

    /// <summary>The Slack layer's delivery kind (<c>Event</c>, <c>BlockAction</c>, <c>ViewSubmission</c>).</summary>
    public string Kind { get; private set; } = "";

    /// <summary>Event type, <c>action_id</c> or <c>callback_id</c>: for logs and the admin's list.</summary>
    public string Label { get; private set; } = "";

    /// <summary>The payload JSON as Slack sent it.</summary>
    public string Payload { get; private set; } = "";

    public long ReceivedAtMs { get; private set; }
    public long NextAttemptAtMs { get; private set; }
    public int Attempts { get; private set; }
    public InboxState State { get; private set; }
    public string? LastError { get; private set; }
    public string? LockedBy { get; private set; }
    public long? LockedUntilMs { get; private set; }

    /// <summary>When it was handled or given up.</summary>
    public long? FinishedAtMs { get; private set; }

    /// <summary>A stand-in for an existing row, attached under the claim it is held by, so an update checks that claim.</summary>
    internal static InboxMessage Claimed(long id, string claim) => new() { Id = id, LockedBy = claim };

    internal void Complete(DateTimeOffset now)
    {
        State = InboxState.Done;
        FinishedAtMs = now.ToUnixTimeMilliseconds();
        LockedUntilMs = null;
    }

    /// <summary>An admin's replay of a dead row: handled again from its first attempt, as soon as a worker is free.</summary>
    public void Replay(DateTimeOffset now)
    {
        if (State != InboxState.Dead) throw new InvalidOperationException($"Inbox row {Id} is {State}, not dead.");
        State = InboxState.Pending;
        Attempts = 0;
        NextAttemptAtMs = now.ToUnixTimeMilliseconds();
        FinishedAtMs = null;
        LockedBy = null;
        LockedUntilMs = null;
    }
}
