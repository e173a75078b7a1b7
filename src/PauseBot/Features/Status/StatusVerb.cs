using PauseBot.Core.Pauses;
using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Status;

/// <summary>
/// <c>/pausebot status [key]</c> and <c>/pausebot list</c>. A contractor sees only projects whose channels they are
/// in; for any other key the answer is the same as for a key that does not exist.
/// </summary>
public sealed class StatusVerb(
    IProjectStore projects, IPauseStore pauses, IProjectSnapshots snapshots, ProjectVisibility visibility, IBotIdentityProvider bot, TimeProvider time) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "status";

    public static IReadOnlyList<string> Usage =>
        ["`/pausebot status [key]` — e.g. `/pausebot status chordus`; without a key: this channel's project, or all of yours"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var key = Slug.Normalize(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        if (key.Length == 0)
        {
            if ((await projects.ProjectsWithAnyChannelAsync([context.ChannelId], ct)).FirstOrDefault() is not { } here)
                return Replies.Ephemeral(await ListVerb.RenderAsync(projects, pauses, visibility, context, time.GetUtcNow(), ct));
            key = here.Key;
        }

        // The hot path (every contractor asking): answered from a snapshot that is current as of the last commit.
        var snapshot = await snapshots.FindAsync(key, ct);
        if (snapshot is null || !await visibility.CanSeeAsync(context.Actor, snapshot.Project, ct))
            return Replies.Ephemeral($"I don't know a project `{Mrkdwn.Escape(key)}` that you're part of. Try `/pausebot list`.");
        var project = snapshot.Project;

        LeadView? lead = null;
        if (context.Actor.CanManage(project))
        {
            var botId = (await bot.GetAsync(ct)).UserId;
            var contractors = (await visibility.ContractorsAsync(project, ct))
                .Where(u => u != botId && !project.IsLead(u)).ToHashSet();
            lead = new LeadView(contractors);
        }
        return Replies.Ephemeral(StatusView.Detail(project, snapshot.Pauses, time.GetUtcNow(), lead));
    }
}
