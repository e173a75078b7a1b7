using System.Globalization;

namespace PauseBot.Core.Outbox;

/// <summary>
/// One message to deliver after the commit that enqueues it (<see cref="IUnitOfWork.EnqueueAsync"/>): what kind of
/// delivery, to whom, under which <see cref="OutboxKey"/>. The body is opaque here: the host serialises it (a chat message,
/// a webhook body) and the deliverer registered for its kind reads it back.
/// </summary>
public sealed record OutboxIntent
{
    private OutboxIntent(OutboxIntentKind kind, string target, OutboxKey key, string payload, OutboxKey? original = null)
    {
        Kind = kind;
        Target = target;
        Key = key;
        Payload = payload;
        Original = original;
    }

    public OutboxIntentKind Kind { get; }

    /// <summary>Where it goes: a conversation id (a channel, or a person's user id for a direct message), a webhook, …</summary>
    public string Target { get; }

    public OutboxKey Key { get; }

    public string Payload { get; }

    /// <summary>For a <see cref="OutboxIntentKind.Correction"/>: the key of the message it corrects.</summary>
    public OutboxKey? Original { get; }

    /// <summary>A message to a conversation: a channel id, or a user id for a direct message.</summary>
    public static OutboxIntent Message(string to, OutboxKey key, string payload) => new(OutboxIntentKind.Message, to, key, payload);

    /// <summary>Replaces, in place, the message delivered under <paramref name="original"/>; waits until that one is delivered.</summary>
    public static OutboxIntent Correction(string to, OutboxKey key, OutboxKey original, string payload) =>
        new(OutboxIntentKind.Correction, to, key, payload, original);

    /// <summary>A signed POST of <paramref name="body"/> to webhook subscription <paramref name="subscriptionId"/>.</summary>
    public static OutboxIntent Webhook(int subscriptionId, OutboxKey key, string body) =>
        new(OutboxIntentKind.Webhook, WebhookTarget(subscriptionId), key, body);

    /// <summary>Runs after the commit without a delivery of its own: sends the resume DMs that <paramref name="payload"/> says are owed.</summary>
    public static OutboxIntent NotifySubscribers(OutboxKey key, string payload) =>
        new(OutboxIntentKind.NotifySubscribers, key.Value, key, payload);

    /// <summary>
    /// A call to the time tracker linked to a project (archive, reactivate, stop timers); <paramref name="payload"/> says which.
    /// Delivered by the host's tracker deliverer, retried with backoff like any row, never twice under one key.
    /// </summary>
    public static OutboxIntent TrackerAction(string tracker, OutboxKey key, string payload) =>
        new(OutboxIntentKind.TrackerAction, "tracker:" + tracker, key, payload);

    /// <summary>The target of a webhook delivery: <c>webhook:{id}</c>.</summary>
    public static string WebhookTarget(int subscriptionId) => "webhook:" + subscriptionId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The kinds of delivery an <see cref="OutboxIntent"/> asks for; each has one deliverer in the host.</summary>
public enum OutboxIntentKind
{
    Message,
    Correction,
    Webhook,
    NotifySubscribers,
    TrackerAction,
}
