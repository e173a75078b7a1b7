using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Openings;
using PauseBot.Features.Shared;
using PauseBot.Features.Webhooks;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Features.Pauses;

/// <summary>
/// Turns lifecycle outcomes into outbox rows: one announcement per project channel, the DMs to notify-me subscribers
/// (through <see cref="ResumeNotices"/>, after the commit), one signed webhook per subscribed receiver. Dedupe keys make a second enqueue of the same row a no-op,
/// so retries, races and replayed timed transitions never post twice. The caller saves, so rows commit with the state change.
/// </summary>
public sealed class Announcer(OutboxStore outbox, OpeningFinder openings, WebhookEvents webhooks, ResumeNotices notices, TimeProvider time)
{
    public async Task AnnounceAsync(Outcome outcome, CancellationToken ct)
    {
        await webhooks.EnqueueAsync(outcome, ct);
        switch (outcome)
        {
            case Paused { Pause.State: PauseState.Active } p:
                await ToChannelsAsync(p.Project, $"pause:{p.Pause.Id}:paused", PauseMessages.Paused(p.Project, p.Pause,
                    await openings.ForProjectsAsync([p.Project.Key], ct)), ct);
                break;
            case Paused { Pause.State: PauseState.Scheduled } p:
                await ToChannelsAsync(p.Project, $"pause:{p.Pause.Id}:scheduled", PauseMessages.Scheduled(p.Project, p.Pause), ct);
                break;
            case Resumed { Kind: ResumeKind.Resumed } r:
                await ToChannelsAsync(r.Project, $"pause:{r.Pause.Id}:resumed", PauseMessages.Resumed(r.Project, r.Pause), ct);
                await notices.EnqueueAfterResumeAsync(r.Pause, ct);
                break;
            case Resumed { Kind: ResumeKind.Cancelled } r:
                await ToChannelsAsync(r.Project, $"pause:{r.Pause.Id}:cancelled", PauseMessages.Cancelled(r.Project, r.Pause), ct);
                break;
            case UpdatePosted { Edited: false } u:
                await ToChannelsAsync(u.Project, $"update:{u.Update.Id}", PauseMessages.Update(u.Project, u.Update), ct);
                break;
            case UpdatePosted { Edited: true } u:
                await EditInChannelsAsync(u.Project, $"update:{u.Update.Id}", PauseMessages.Update(u.Project, u.Update), ct);
                break;
        }
    }

    private async Task ToChannelsAsync(Project project, string key, SlackMessage message, CancellationToken ct)
    {
        var payload = OutboxPayload.Serialize(message);
        foreach (var channel in project.Channels)
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, channel.ChannelId, payload,
                $"{key}:{channel.ChannelId}", time.GetUtcNow()), ct);
    }

    // A correction edits the message already posted in each channel (chat.update) instead of posting again.
    private async Task EditInChannelsAsync(Project project, string key, SlackMessage message, CancellationToken ct)
    {
        var payload = OutboxPayload.Serialize(message);
        var now = time.GetUtcNow();
        foreach (var channel in project.Channels)
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.UpdateMessage, channel.ChannelId, payload,
                $"{key}:{channel.ChannelId}:edit:{now.ToUnixTimeMilliseconds()}", now, updatesKey: $"{key}:{channel.ChannelId}"), ct);
    }
}
