using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Slack.Blocks;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;


namespace PauseBot.Features.Admin;

/// <summary><c>/pausebot lead add|remove &lt;key&gt; &lt;@user&gt;</c> (admins).</summary>
public sealed class LeadVerb(ProjectAdministration admin, IUnitOfWork unitOfWork) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "lead";

    public static IReadOnlyList<string> Usage => ["`/pausebot lead add|remove <key> <@user>` — e.g. `/pausebot lead add chordus @lee` (admins)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text);
        if (!args.IsSuccess || args.Positionals.Count != 3 || !SlackRefs.TryParseUser(args.Positionals[2], out var user))
            return Replies.Ephemeral("⚠️ Usage: " + Usage[0]);
        var key = Slug.Normalize(args.Positional(1));
        Outcome? outcome = args.Positional(0)?.ToLowerInvariant() switch
        {
            "add" => await admin.AddLeadAsync(context.Actor, key, user, ct),
            "remove" => await admin.RemoveLeadAsync(context.Actor, key, user, ct),
            _ => null,
        };
        if (outcome is null) return Replies.Ephemeral("⚠️ Usage: " + Usage[0]);
        return await unitOfWork.CommitAsync(ct) == CommitResult.Committed ? Replies.For(outcome) : Replies.Ephemeral(Replies.Conflict);
    }
}
