using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Pauses;

/// <summary><c>/pausebot update &lt;key&gt; [--edit] &lt;message…&gt;</c>: a lead's update, or a correction of the last one.</summary>
public sealed class UpdateVerb(PauseLifecycle lifecycle, LifecycleRunner runner) : IPauseBotVerb, IPauseBotVerbInfo
{
    private static readonly FlagSpec[] Flags = [FlagSpec.Boolean("edit")];

    public static string Name => "update";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot update <key> <message…>` — e.g. `/pausebot update chordus Client meeting moved to Thursday` (leads)",
        "`/pausebot update <key> --edit <message…>` — correct the last update in place (leads)",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text, Flags);
        if (!args.IsSuccess || args.Positionals.Count < 2)
            return Replies.Ephemeral($"⚠️ {args.Error ?? "Say which project and what the update is."}\nUsage: {Usage[0]}");
        var key = Slug.Normalize(args.Positional(0));
        if (TextLimits.Check(Field.UpdateText, args.Rest(1)) is { } tooLong)
            return TextLimits.Refusal([tooLong]);
        var outcome = await runner.RunAsync(key, () =>
            lifecycle.PostUpdateAsync(context.Actor, key, args.Rest(1), args.GetBool("edit"), ct), ct);
        return Replies.For(outcome);
    }
}
