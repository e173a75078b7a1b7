using System.Globalization;

namespace PauseBot.Core.Outbox;

/// <summary>
/// The identity of one logical outbox message: a second row with the same key is never written, so retries, races and
/// replays deliver nothing twice. Keys are made only by the constructors below, one per message purpose, so two purposes
/// can't collide and no slice invents a key of its own.
/// </summary>
public readonly record struct OutboxKey
{
    private OutboxKey(string value) => Value = value;

    /// <summary>The stored form (unique in the outbox, at most 200 characters).</summary>
    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>The announcement of <paramref name="what"/> happened to a pause, in one channel.</summary>
    public static OutboxKey Announcement(Guid pauseId, PauseAnnouncement what, string channelId) =>
        new($"pause:{pauseId}:{Name(what)}:{channelId}");

    /// <summary>A lead's update, posted in one channel (a correction edits the message posted under this key).</summary>
    public static OutboxKey UpdateAnnouncement(Guid updateId, string channelId) => new($"update:{updateId}:{channelId}");

    /// <summary>A correction of an update in one channel, made at <paramref name="editedAt"/> (each correction is its own edit).</summary>
    public static OutboxKey UpdateCorrection(Guid updateId, string channelId, DateTimeOffset editedAt) =>
        new($"update:{updateId}:{channelId}:edit:{editedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The welcome DM to someone who joined a channel of a paused project.</summary>
    public static OutboxKey Welcome(Guid pauseId, string userId) => new($"pause:{pauseId}:welcome:{userId}");

    /// <summary>The "it has resumed" DM to one notify-me subscriber of a pause.</summary>
    public static OutboxKey ResumeDm(Guid pauseId, string userId) => new($"pause:{pauseId}:notify:{userId}");

    /// <summary>Written with a resume: send the resume DMs every subscriber of the pause is owed.</summary>
    public static OutboxKey NotifySubscribers(Guid pauseId) => new($"pause:{pauseId}:notify");

    /// <summary>Written with a subscription: once the pause has ended, send this subscriber's resume DM if still owed.</summary>
    public static OutboxKey NotifySubscriber(Guid pauseId, string userId) => new($"pause:{pauseId}:notify-check:{userId}");

    /// <summary>The "no change since …" heartbeat in one channel when the next-update promise due at <paramref name="due"/> was broken.</summary>
    public static OutboxKey PromiseHeartbeat(Guid pauseId, DateTimeOffset due, string channelId) =>
        new($"promise:{pauseId}:{Ticks(due)}:{channelId}");

    /// <summary>The reminder DM to one lead about the promise due at <paramref name="due"/>.</summary>
    public static OutboxKey PromiseReminder(Guid pauseId, DateTimeOffset due, string leadId) =>
        new($"promise:{pauseId}:{Ticks(due)}:remind:{leadId}");

    /// <summary>One firing of a status schedule at its scheduled instant, in one channel.</summary>
    public static OutboxKey ScheduleFiring(int scheduleId, DateTimeOffset scheduledAt, string channelId) =>
        new($"schedule:{scheduleId.ToString(CultureInfo.InvariantCulture)}:{scheduledAt.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}:{channelId}");

    /// <summary>The bot's answer to the question message <paramref name="questionTs"/> in <paramref name="channelId"/>.</summary>
    public static OutboxKey Reply(string channelId, string questionTs) => new($"reply:{channelId}:{questionTs}");

    /// <summary>An escalated question, sent to one of the project's leads.</summary>
    public static OutboxKey Escalation(Guid questionId, string leadId) => new($"question:{questionId}:lead:{leadId}");

    /// <summary>A lead's answer to an escalated question, sent back where it was asked.</summary>
    public static OutboxKey LeadAnswer(Guid questionId) => new($"question:{questionId}:answer");

    /// <summary>The DM to an opening's owner that <paramref name="userId"/> is interested.</summary>
    public static OutboxKey OpeningInterest(int openingId, string userId) =>
        new($"opening:{openingId.ToString(CultureInfo.InvariantCulture)}:interest:{userId}");

    /// <summary>The event <paramref name="eventId"/> (the id receivers see), delivered to one webhook subscription.</summary>
    public static OutboxKey WebhookEvent(int subscriptionId, string eventId) =>
        new($"webhook:{subscriptionId.ToString(CultureInfo.InvariantCulture)}:{eventId}");

    /// <summary>The DM to one admin that webhook subscription <paramref name="subscriptionId"/> was disabled.</summary>
    public static OutboxKey WebhookDisabled(int subscriptionId, string adminId) =>
        new($"webhook:{subscriptionId.ToString(CultureInfo.InvariantCulture)}:disabled:{adminId}");

    /// <summary>One call to a linked time tracker for a pause (<paramref name="action"/>: archive, reactivate, stop-timers) on one tracker project.</summary>
    public static OutboxKey TrackerAction(Guid pauseId, string action, string tracker, string trackerProjectId) =>
        new($"tracker:{pauseId}:{action}:{tracker}:{Short(trackerProjectId)}");

    /// <summary>The DM to one lead that a tracker call (or the hours check, <paramref name="action"/> <c>check</c>) failed during a pause: once per pause and action.</summary>
    public static OutboxKey TrackerFailure(Guid pauseId, string action, string tracker, string leadId) =>
        new($"tracker:{pauseId}:{action}:{tracker}:failed:{leadId}");

    /// <summary>The DM to one lead or contractor about the hours found after a pause's cutoff in one check (<paramref name="digest"/> names the entries).</summary>
    public static OutboxKey TrackerLateHours(Guid pauseId, string digest, string userId) =>
        new($"tracker:{pauseId}:late:{digest}:{userId}");

    private static string Short(string value) => value.Length <= 64 ? value : value[..64];

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static string Name(PauseAnnouncement what) => what switch
    {
        PauseAnnouncement.Paused => "paused",
        PauseAnnouncement.Scheduled => "scheduled",
        PauseAnnouncement.Resumed => "resumed",
        PauseAnnouncement.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };
}

/// <summary>What a channel announcement of a pause says happened.</summary>
public enum PauseAnnouncement
{
    Paused,
    Scheduled,
    Resumed,
    Cancelled,
}
