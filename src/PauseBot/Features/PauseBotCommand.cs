using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Features.Pauses;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features;

/// <summary>
/// <c>/pausebot &lt;verb&gt; …</c>: builds and runs only the named verb; <c>help</c>, nothing, or an unknown verb lists
/// them all.
/// </summary>
public sealed class PauseBotCommand(IEnumerable<PauseBotVerbEntry> verbs, IServiceProvider services, ActorFactory actors) : ISlashCommandHandler
{
    public const string Name = "/pausebot";

    public async Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var text = Mrkdwn.Unescape(command.Text ?? "").Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var verbName = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        if (services.GetKeyedService<IPauseBotVerb>(verbName) is not { } verb)
        {
            var intro = verbName is "" or "help" ? "*PauseBot commands*" : $"I don't know `{Mrkdwn.Escape(verbName)}`. *PauseBot commands*";
            return SlackResponse.Ephemeral(Help(intro));
        }
        return await verb.HandleAsync(new CommandContext(command, actors.For(command.UserId)), rest, ct);
    }

    private string Help(string intro)
    {
        var lines = new List<string> { intro,
            $"• {PauseCommand.Usage} — e.g. `/pause chordus Client is reassessing scope --until friday 17:00`; "
            + "a cutoff in the past (`--at yesterday 09:00`, `--at 2h ago`) asks you to confirm first",
            $"• {ResumeCommand.Usage} — e.g. `/resume chordus Back to work, thanks for your patience`" };
        lines.AddRange(verbs.SelectMany(v => v.Usage).Select(u => "• " + u));
        return string.Join("\n", lines);
    }
}
