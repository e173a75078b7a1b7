using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary>
/// <c>/pause &lt;project&gt; &lt;public reason…&gt; [--at T] [--until T] [--next-update T] [--internal "…"] [--guidance "…"] [--confirm]</c>.
/// With no text, or only a project, it opens the pause modal instead. A past <c>--at</c> (a backdated cutoff) is applied only
/// once confirmed: with <c>--confirm</c> at once, otherwise by the Confirm button of the reply (<see cref="BackdateConfirmation"/>).
/// </summary>
public sealed class PauseCommand(
    PauseLifecycle lifecycle, LifecycleRunner runner, IProjectStore projects, ActorFactory actors, PauseModal modal,
    TimeProvider time) : ISlashCommandHandler
{
    public const string Name = "/pause";
    public const string Usage =
        "`/pause <project> <public reason…> [--at <time>] [--until <time>] [--next-update <time>] [--internal \"<note>\"] [--guidance \"<text>\"] [--confirm]`";

    public static readonly FlagSpec[] Flags =
    [
        FlagSpec.Time("at"), FlagSpec.Time("until"), FlagSpec.Time("next-update"),
        FlagSpec.Text("internal"), FlagSpec.Text("guidance"), FlagSpec.Boolean("confirm"),
    ];

    public async Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var parsed = CommandText.Parse(Mrkdwn.Unescape(command.Text ?? ""), Flags);
        if (!parsed.IsSuccess)
            return Replies.Ephemeral($"⚠️ {Mrkdwn.Escape(parsed.Error!)}\nUsage: {Usage}");
        if (parsed.Positionals.Count <= 1 && parsed.Flags.Count == 0)
            return await modal.OpenAsync(command, Slug.Normalize(parsed.Positional(0)), ct);

        var key = Slug.Normalize(parsed.Positional(0));
        var project = await projects.FindProjectAsync(key, ct);
        var now = time.GetUtcNow();
        var zone = project?.TimeZone ?? TimeZoneInfo.Utc;
        var errors = new List<string>();
        var details = new PauseDetails(
            parsed.Rest(1),
            TimeArgs.Read(parsed, "at", now, zone, errors),
            TimeArgs.Read(parsed, "until", now, zone, errors),
            TimeArgs.Read(parsed, "next-update", now, zone, errors),
            parsed.Get("internal"),
            parsed.Get("guidance"));
        if (errors.Count > 0)
            return Replies.Ephemeral("⚠️ " + string.Join("\n⚠️ ", errors) + $"\nUsage: {Usage}");
        if (TooLong(details) is { Count: > 0 } tooLong)
            return TextLimits.Refusal(tooLong);

        var confirmed = parsed.GetBool("confirm");
        var outcome = await runner.RunAsync(key, () => lifecycle.PauseAsync(actors.For(command.UserId), key, details, confirmed, ct), ct);
        return outcome is BackdateToConfirm confirm ? BackdateConfirmation.Message(confirm) : Replies.For(outcome);
    }

    /// <summary>The texts of a pause that are longer than their messages hold (<see cref="TextLimits"/>).</summary>
    public static IReadOnlyList<Problem.TooLong> TooLong(PauseDetails details) =>
        TextLimits.Check((Field.Reason, details.PublicReason), (Field.Guidance, details.Guidance), (Field.InternalNote, details.InternalNote));
}
