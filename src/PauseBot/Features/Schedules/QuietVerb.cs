using PauseBot.Core;
using PauseBot.Core.Scheduling;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Schedules;

/// <summary><c>/pausebot quiet &lt;key&gt; weekends on|off</c>, <c>quiet &lt;key&gt; add|remove &lt;date&gt;</c> (leads).</summary>
public sealed class QuietVerb(ScheduleAdministration admin, IUnitOfWork unitOfWork) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "quiet";

    public static IReadOnlyList<string> Usage =>
        ["`/pausebot quiet <key> weekends on|off` · `/pausebot quiet <key> add|remove 2026-12-25` — no scheduled posts on those days (leads)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text);
        if (!args.IsSuccess || args.Positionals.Count != 3) return Replies.Ephemeral("⚠️ Usage: " + Usage[0]);
        var key = Slug.Normalize(args.Positionals[0]);
        var value = args.Positionals[2].ToLowerInvariant();
        Outcome outcome;
        switch (args.Positionals[1].ToLowerInvariant())
        {
            case "weekends" when value is "on" or "off":
                outcome = await admin.SetQuietWeekendsAsync(context.Actor, key, value == "on", ct);
                break;
            case "add" or "remove":
                var date = DateText.ParseDate(value);
                if (date.Error is not null) return Replies.Ephemeral($"⚠️ {date.Error}");
                outcome = await admin.QuietDateAsync(context.Actor, key, date.Date, args.Positionals[1].Equals("add", StringComparison.OrdinalIgnoreCase), ct);
                break;
            default:
                return Replies.Ephemeral("⚠️ Usage: " + Usage[0]);
        }
        return await unitOfWork.CommitAsync(ct) == CommitResult.Committed ? Replies.For(outcome) : Replies.Ephemeral(Replies.Conflict);
    }
}
