using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary>
/// Someone joins a channel of a paused project: they get one DM with the current status, so nobody starts logging
/// hours into a pause they never heard of.
/// </summary>
public sealed class NewcomerWelcome(
    IProjectStore projects, IPauseStore pauses, IUnitOfWork unitOfWork, ProjectVisibility visibility, IBotIdentityProvider bot) : IEventHandler<MemberJoinedChannel>
{
    public async Task HandleAsync(EventCallback envelope, MemberJoinedChannel joined, CancellationToken ct)
    {
        visibility.Forget(joined.Channel);
        if (joined.User == (await bot.GetAsync(ct)).UserId) return;
        foreach (var project in await projects.ProjectsWithAnyChannelAsync([joined.Channel], ct))
        {
            if (await pauses.OpenPauseAsync(project.Key, ct) is not { State: PauseState.Active } pause) continue;
            var announcement = PauseMessages.Paused(project, pause);
            var welcome = new SlackMessage(announcement.Text,
                [Blocks.Section($"👋 Welcome to <#{joined.Channel}>. Before you start: *{Mrkdwn.Escape(project.DisplayName)}* is paused."), .. announcement.Blocks]);
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(joined.User, OutboxKey.Welcome(pause.Id, joined.User), welcome.ToPayload()), ct);
        }
        await unitOfWork.CommitAsync(ct); // a conflict means another writer enqueued the same welcome first: it is sent once
    }
}
