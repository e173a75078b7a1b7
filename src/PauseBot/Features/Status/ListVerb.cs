using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Status;

/// <summary><c>/pausebot list</c>: the status line of every project the person is part of.</summary>
public sealed class ListVerb(IProjectStore projects, IPauseStore pauses, ProjectVisibility visibility, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "list";

    public static IReadOnlyList<string> Usage => ["`/pausebot list` — your projects and whether each is paused"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct) =>
        Replies.Ephemeral(await RenderAsync(projects, pauses, visibility, context, time.GetUtcNow(), ct));

    internal static async Task<string> RenderAsync(IProjectStore projects, IPauseStore pauses, ProjectVisibility visibility, CommandContext context,
        DateTimeOffset now, CancellationToken ct)
    {
        var visible = await visibility.VisibleAsync(context.Actor, await projects.ListProjectsAsync(ct), ct);
        if (visible.Count == 0)
            return "You're not part of any project I know. If you think you should be, ask your lead to add this channel.";
        var lines = new List<string>();
        foreach (var project in visible)
            lines.Add(StatusView.Line(project, await pauses.OpenPauseAsync(project.Key, ct), now));
        return string.Join("\n", lines);
    }
}
