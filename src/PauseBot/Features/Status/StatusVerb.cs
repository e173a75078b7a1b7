using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Core.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Status;

/// <summary>
/// <c>/pausebot status [key]</c> and <c>/pausebot list</c>. A contractor sees only projects whose channels they are
/// in; for any other key the answer is the same as for a key that does not exist.
/// </summary>
public sealed class StatusVerb(IPauseBotStore store, ProjectVisibility visibility, IBotIdentityProvider bot, TimeProvider time) : IPauseBotVerb
{
    public string Name => "status";

    public IReadOnlyList<string> Usage =>
        ["`/pausebot status [key]` — e.g. `/pausebot status chordus`; without a key: this channel's project, or all of yours"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var key = Slug.Normalize(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        Project? project;
        if (key.Length > 0)
            project = await store.FindProjectAsync(key, ct);
        else
            project = (await store.ProjectsWithAnyChannelAsync([context.ChannelId], ct)).FirstOrDefault();

        if (project is null && key.Length == 0)
            return Replies.Ephemeral(await ListVerb.RenderAsync(store, visibility, context, time.GetUtcNow(), ct));
        if (project is null || !await visibility.CanSeeAsync(context.Actor, project, ct))
            return Replies.Ephemeral($"I don't know a project `{Mrkdwn.Escape(key)}` that you're part of. Try `/pausebot list`.");

        LeadView? lead = null;
        if (context.Actor.CanManage(project))
        {
            var botId = (await bot.GetAsync(ct)).UserId;
            var contractors = (await visibility.ContractorsAsync(project, ct))
                .Where(u => u != botId && !project.IsLead(u)).ToHashSet();
            lead = new LeadView(contractors);
        }
        var history = await store.PausesAsync(project.Key, ct);
        return Replies.Ephemeral(StatusView.Detail(project, history, time.GetUtcNow(), lead));
    }
}
