namespace PauseBot.Persistence.Events;

/// <summary>An Events API <c>event_id</c> already taken by some replica; the primary key makes it once-only.</summary>
public sealed class ProcessedEvent
{
    public string EventId { get; set; } = "";
    /// <summary>Unix milliseconds (a plain number so raw SQL can write it on every provider).</summary>
    public long ReceivedAtUnixMs { get; set; }
}
