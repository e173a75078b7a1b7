using System.Text.Json;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>
/// The "it has resumed" DM to notify-me subscribers, sent exactly once per person. A resume and a subscription each commit a
/// <see cref="OutboxKind.NotifySubscribers"/> row with their change; the dispatcher runs it (this is its deliverer) after that
/// commit and enqueues the DM of every subscription of the ended pause not yet notified, marking it notified in the same
/// transaction (the DM's dedupe key makes a concurrent run lose the commit and retry instead of sending twice). Whichever of
/// the two commits last finds the other's change, so a click that races the resume is neither lost nor doubled; a
/// subscription to an open pause waits.
/// </summary>
public sealed class ResumeNotices(IProjectStore projects, IPauseStore pauses, ISubscriptionStore subscriptions, IUnitOfWork unitOfWork, TimeProvider time) : IOutboxDeliverer
{
    private static readonly TimeSpan RetryAfterConflict = TimeSpan.FromSeconds(1);

    private sealed record Payload(Guid PauseId, string? UserId);

    /// <summary>Written with a resume: notify every subscriber of <paramref name="pause"/>.</summary>
    public Task EnqueueAfterResumeAsync(Pause pause, CancellationToken ct) =>
        unitOfWork.EnqueueAsync(OutboxIntent.NotifySubscribers(OutboxKey.NotifySubscribers(pause.Id), Serialize(pause.Id, null)), ct);

    /// <summary>Written with a new subscription: if the pause has ended by the time it runs, notify this subscriber.</summary>
    public Task EnqueueAfterSubscribingAsync(Pause pause, string userId, CancellationToken ct) =>
        unitOfWork.EnqueueAsync(OutboxIntent.NotifySubscribers(OutboxKey.NotifySubscriber(pause.Id, userId), Serialize(pause.Id, userId)), ct);

    /// <summary>Runs a <see cref="OutboxKind.NotifySubscribers"/> row: enqueues and commits the DMs still owed.</summary>
    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        var (pauseId, userId) = JsonSerializer.Deserialize<Payload>(row.Payload, SlackJson.Options)
                                ?? throw new JsonException("Empty NotifySubscribers payload.");
        var pause = await pauses.FindPauseAsync(pauseId, ct);
        if (pause is not { State: PauseState.Ended }) return Done;
        var project = await projects.FindProjectAsync(pause.ProjectKey, ct);
        if (project is null) return Done;
        var owed = (await subscriptions.PendingSubscriptionsAsync(pauseId, ct)).Where(s => userId is null || s.UserId == userId).ToList();
        if (owed.Count == 0) return Done;
        var payload = Message(project, pause).ToPayload();
        var now = time.GetUtcNow();
        foreach (var subscription in owed)
        {
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(subscription.UserId, OutboxKey.ResumeDm(pause.Id, subscription.UserId), payload), ct);
            subscription.MarkNotified(now);
        }
        // Lost to a concurrent run: that one sent them. Run again shortly; it will find none owed.
        return await unitOfWork.CommitAsync(ct) == CommitResult.Committed ? Done : new DeliveryResult.Later(RetryAfterConflict);
    }

    private static DeliveryResult Done => new DeliveryResult.Sent(null, null);

    /// <summary>The DM a notify-me subscriber gets, once, when the pause ends.</summary>
    internal static SlackMessage Message(Project project, Pause pause) => new(
        $"{Mrkdwn.Escape(project.DisplayName)} has resumed",
        [Blocks.Section($"▶️ You asked me to tell you: *{Mrkdwn.Escape(project.DisplayName)}* has resumed. "
                        + $"Hours are billable again from {SlackDate.Token(pause.EndedAt ?? pause.EffectiveAt)}.")]);

    private static string Serialize(Guid pauseId, string? userId) => JsonSerializer.Serialize(new Payload(pauseId, userId), SlackJson.Options);
}
