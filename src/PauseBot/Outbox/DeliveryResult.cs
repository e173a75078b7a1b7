namespace PauseBot.Outbox;

/// <summary>What one delivery attempt of an outbox row came to (failures are exceptions the dispatcher classifies).</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    /// <summary>Delivered; <paramref name="Found"/> when an earlier post whose answer was lost turned up in the history.</summary>
    public sealed record Sent(string? Channel, string? Ts, bool Found = false) : DeliveryResult;

    /// <summary>Not now (the original of an edit is not posted yet, or Slack's pace is spent): back to the queue for <paramref name="Wait"/>, no attempt counted.</summary>
    public sealed record Later(TimeSpan Wait) : DeliveryResult;
}
