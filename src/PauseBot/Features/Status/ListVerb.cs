using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Status;

/// <summary><c>/pausebot list</c>: the status line of every project the person is part of.</summary>
public sealed class ListVerb(IPauseBotStore store, ProjectVisibility visibility, TimeProvider time) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "list";

    public static IReadOnlyList<string> Usage => ["`/pausebot list` — your projects and whether each is paused"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct) =>
        Replies.Ephemeral(await RenderAsync(store, visibility, context, time.GetUtcNow(), ct));

    internal static async Task<string> RenderAsync(IPauseBotStore store, ProjectVisibility visibility, CommandContext context,
        DateTimeOffset now, CancellationToken ct)
    {
        var projects = await visibility.VisibleAsync(context.Actor, await store.ListProjectsAsync(ct), ct);
        if (projects.Count == 0)
            return "You're not part of any project I know. If you think you should be, ask your lead to add this channel.";
        var lines = new List<string>();
        foreach (var project in projects)
            lines.Add(StatusView.Line(project, await store.OpenPauseAsync(project.Key, ct), now));
        return string.Join("\n", lines);
    }
}
