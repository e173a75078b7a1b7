using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary><c>/resume &lt;project&gt; [message…] [--at T]</c>: ends the pause now, or schedules the end.</summary>
public sealed class ResumeCommand(
    PauseLifecycle lifecycle, LifecycleRunner runner, IProjectStore projects, ActorFactory actors, TimeProvider time) : ISlashCommandHandler
{
    public const string Name = "/resume";
    public const string Usage = "`/resume <project> [message…] [--at <time>]`";
    private static readonly FlagSpec[] Flags = [FlagSpec.Time("at")];

    public async Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var parsed = CommandText.Parse(Mrkdwn.Unescape(command.Text ?? ""), Flags);
        if (!parsed.IsSuccess)
            return Replies.Ephemeral($"⚠️ {Mrkdwn.Escape(parsed.Error!)}\nUsage: {Usage}");
        if (parsed.Positionals.Count == 0)
            return Replies.Ephemeral($"Which project? Usage: {Usage}");

        var key = Slug.Normalize(parsed.Positional(0));
        var project = await projects.FindProjectAsync(key, ct);
        var errors = new List<string>();
        var at = TimeArgs.Read(parsed, "at", time.GetUtcNow(), project?.TimeZone ?? TimeZoneInfo.Utc, errors);
        if (errors.Count > 0)
            return Replies.Ephemeral("⚠️ " + string.Join("\n⚠️ ", errors) + $"\nUsage: {Usage}");

        var message = parsed.Rest(1);
        var outcome = await runner.RunAsync(key, () =>
            lifecycle.ResumeAsync(actors.For(command.UserId), key, at, message.Length == 0 ? null : message, ct), ct);
        return Replies.For(outcome);
    }
}
