using System.Text.Json;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack;

namespace PauseBot.Features.Pauses;

/// <summary>
/// The "it has resumed" DM to notify-me subscribers, sent exactly once per person. A resume and a subscription each commit a
/// <see cref="OutboxKind.NotifySubscribers"/> row with their change; the dispatcher runs it after that commit and enqueues
/// the DM of every subscription of the ended pause not yet notified, marking it notified in the same transaction (the DM's
/// dedupe key makes a concurrent run fail and retry instead of sending twice). Whichever of the two commits last finds the
/// other's change, so a click that races the resume is neither lost nor doubled; a subscription to an open pause waits.
/// </summary>
public sealed class ResumeNotices(IPauseBotStore store, OutboxStore outbox, TimeProvider time)
{
    private sealed record Payload(Guid PauseId, string? UserId);

    /// <summary>Written with a resume: notify every subscriber of <paramref name="pause"/>.</summary>
    public Task EnqueueAfterResumeAsync(Pause pause, CancellationToken ct) =>
        outbox.EnqueueAsync(Row(pause.Id, null, $"pause:{pause.Id}:notify"), ct);

    /// <summary>Written with a new subscription: if the pause has ended by the time it runs, notify this subscriber.</summary>
    public Task EnqueueAfterSubscribingAsync(Pause pause, string userId, CancellationToken ct) =>
        outbox.EnqueueAsync(Row(pause.Id, userId, $"pause:{pause.Id}:notify-check:{userId}"), ct);

    /// <summary>Runs a <see cref="OutboxKind.NotifySubscribers"/> row: enqueues and saves the DMs still owed; returns how many.</summary>
    public async Task<int> SendOwedAsync(OutboxMessage row, CancellationToken ct)
    {
        var (pauseId, userId) = JsonSerializer.Deserialize<Payload>(row.Payload, SlackJson.Options)
                                ?? throw new JsonException("Empty NotifySubscribers payload.");
        var pause = await store.FindPauseAsync(pauseId, ct);
        if (pause is not { State: PauseState.Ended }) return 0;
        var project = await store.FindProjectAsync(pause.ProjectKey, ct);
        if (project is null) return 0;
        var owed = (await store.PendingSubscriptionsAsync(pauseId, ct)).Where(s => userId is null || s.UserId == userId).ToList();
        if (owed.Count == 0) return 0;
        var payload = OutboxPayload.Serialize(PauseMessages.ResumedDirect(project, pause));
        var now = time.GetUtcNow();
        foreach (var subscription in owed)
        {
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, subscription.UserId, payload,
                $"pause:{pause.Id}:notify:{subscription.UserId}", now), ct);
            subscription.MarkNotified(now);
        }
        await store.SaveChangesAsync(ct); // a ConcurrencyConflictException means another run sent them: this row is retried, finds none
        return owed.Count;
    }

    private OutboxMessage Row(Guid pauseId, string? userId, string key) =>
        new(OutboxKind.NotifySubscribers, key, JsonSerializer.Serialize(new Payload(pauseId, userId), SlackJson.Options), key, time.GetUtcNow());
}
