using PauseBot.Core.Outbox;

namespace PauseBot.Persistence.Outbox;

/// <summary>What an outbox row asks the dispatcher to do with its payload.</summary>
public enum OutboxKind
{
    /// <summary><c>chat.postMessage</c> to <see cref="OutboxMessage.Target"/> (a channel id, or a user id for a DM).</summary>
    PostMessage,
    /// <summary><c>chat.update</c> of the message delivered for <see cref="OutboxMessage.UpdatesKey"/>.</summary>
    UpdateMessage,
    /// <summary><c>views.publish</c> of a Home view for the user in <see cref="OutboxMessage.Target"/>.</summary>
    PublishHome,
    /// <summary>A signed HTTP POST of the payload to the webhook subscription whose id is in <see cref="OutboxMessage.Target"/> (<c>webhook:{id}</c>).</summary>
    Webhook,
    /// <summary>
    /// No Slack call: once the pause named in the payload has ended, enqueues the resume DM each of its notify-me subscribers
    /// (or the one named) is still owed. Written with a resume and with each subscription, so whichever commits last sends it.
    /// </summary>
    NotifySubscribers,
    /// <summary>No Slack call: a call to the time tracker named in <see cref="OutboxMessage.Target"/> (<c>tracker:{name}</c>) described by the payload.</summary>
    TrackerAction,
}

/// <summary>
/// A message that matters, written in the same transaction as the state change it announces and delivered after
/// the ack: at least once, never lost on a crash or a Slack outage, with the <c>ts</c> kept for later edits.
/// Rows are made only here, from an <see cref="OutboxIntent"/> enqueued through the <see cref="Core.IUnitOfWork"/>.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    internal OutboxMessage(OutboxKind kind, string target, string payloadJson, string dedupeKey, DateTimeOffset now,
        string? updatesKey = null, DateTimeOffset? notBefore = null)
    {
        Id = Guid.CreateVersion7(now);
        Kind = kind;
        Target = target;
        Payload = payloadJson;
        DedupeKey = dedupeKey;
        UpdatesKey = updatesKey;
        CreatedAt = now;
        NextAttemptAt = notBefore ?? now;
    }

    internal static OutboxMessage From(OutboxIntent intent, DateTimeOffset now) => new(intent.Kind switch
        {
            OutboxIntentKind.Message => OutboxKind.PostMessage,
            OutboxIntentKind.Correction => OutboxKind.UpdateMessage,
            OutboxIntentKind.Webhook => OutboxKind.Webhook,
            OutboxIntentKind.NotifySubscribers => OutboxKind.NotifySubscribers,
            OutboxIntentKind.TrackerAction => OutboxKind.TrackerAction,
            _ => throw new ArgumentOutOfRangeException(nameof(intent), intent.Kind, "No outbox kind for this intent."),
        },
        intent.Target, intent.Payload, intent.Key.Value, now, intent.Original?.Value);

    public Guid Id { get; private set; }
    public OutboxKind Kind { get; private set; }
    public string Target { get; private set; } = "";
    /// <summary>The Slack message or view JSON.</summary>
    public string Payload { get; private set; } = "";
    /// <summary>Unique: the same logical message enqueued twice is one row.</summary>
    public string DedupeKey { get; private set; } = "";
    public string? UpdatesKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public bool Dead { get; private set; }
    public string? SlackChannel { get; private set; }
    public string? SlackTs { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// Set when an attempt to post this row failed ambiguously (timeout, dropped connection, 5xx): the message may be in Slack
    /// although no answer said so. Holds the start of the first such attempt, so a retry looks for it in the conversation's
    /// history from then on before posting again.
    /// </summary>
    public DateTimeOffset? UnconfirmedSince { get; private set; }
    public string? LockedBy { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
}
