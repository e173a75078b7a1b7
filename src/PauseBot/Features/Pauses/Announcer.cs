using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;

namespace PauseBot.Features.Pauses;

/// <summary>
/// Turns lifecycle outcomes into outbox rows: one announcement per project channel and the DMs to notify-me subscribers
/// (through <see cref="ResumeNotices"/>, after the commit). Dedupe keys make a second enqueue of the same row a no-op,
/// so retries, races and replayed timed transitions never post twice. The caller commits, so rows commit with the state change.
/// </summary>
public sealed class Announcer(IUnitOfWork unitOfWork, OpeningFinder openings, ResumeNotices notices, TimeProvider time) : IOutcomeAnnouncer
{
    public async Task AnnounceAsync(Outcome outcome, CancellationToken ct)
    {
        switch (outcome)
        {
            case Paused { Pause.State: PauseState.Active } p:
                await ToChannelsAsync(p.Project, p.Pause.Id, PauseAnnouncement.Paused, PauseMessages.Paused(p.Project, p.Pause,
                    await openings.ForProjectsAsync([p.Project.Key], ct)), ct);
                break;
            case Paused { Pause.State: PauseState.Scheduled } p:
                await ToChannelsAsync(p.Project, p.Pause.Id, PauseAnnouncement.Scheduled, PauseMessages.Scheduled(p.Project, p.Pause), ct);
                break;
            case Resumed { Kind: ResumeKind.Resumed } r:
                await ToChannelsAsync(r.Project, r.Pause.Id, PauseAnnouncement.Resumed, PauseMessages.Resumed(r.Project, r.Pause), ct);
                await notices.EnqueueAfterResumeAsync(r.Pause, ct);
                break;
            case Resumed { Kind: ResumeKind.Cancelled } r:
                await ToChannelsAsync(r.Project, r.Pause.Id, PauseAnnouncement.Cancelled, PauseMessages.Cancelled(r.Project, r.Pause), ct);
                break;
            case UpdatePosted { Edited: false } u:
                await ToChannelsAsync(u.Project, channel => OutboxKey.UpdateAnnouncement(u.Update.Id, channel), PauseMessages.Update(u.Project, u.Update), ct);
                break;
            case UpdatePosted { Edited: true } u:
                await EditInChannelsAsync(u.Project, u.Update.Id, PauseMessages.Update(u.Project, u.Update), ct);
                break;
        }
    }

    private Task ToChannelsAsync(Project project, Guid pauseId, PauseAnnouncement what, SlackMessage message, CancellationToken ct) =>
        ToChannelsAsync(project, channel => OutboxKey.Announcement(pauseId, what, channel), message, ct);

    private async Task ToChannelsAsync(Project project, Func<string, OutboxKey> key, SlackMessage message, CancellationToken ct)
    {
        var payload = message.ToPayload();
        foreach (var channel in project.Channels)
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(channel.ChannelId, key(channel.ChannelId), payload), ct);
    }

    // A correction edits the message already posted in each channel (chat.update) instead of posting again.
    private async Task EditInChannelsAsync(Project project, Guid updateId, SlackMessage message, CancellationToken ct)
    {
        var payload = message.ToPayload();
        var now = time.GetUtcNow();
        foreach (var channel in project.Channels)
            await unitOfWork.EnqueueAsync(OutboxIntent.Correction(channel.ChannelId, OutboxKey.UpdateCorrection(updateId, channel.ChannelId, now),
                OutboxKey.UpdateAnnouncement(updateId, channel.ChannelId), payload), ct);
    }
}
