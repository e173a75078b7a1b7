using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Features.Shared;
using PauseBot.Inbox;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Admin;

/// <summary>
/// <c>/pausebot inbox dead|replay &lt;id&gt;</c> (admins): the events and clicks given up after their last attempt, and
/// handling one again from its first attempt. Replays and refusals are audited.
/// </summary>
public sealed class InboxVerb(InboxStore inbox, IAuditLog audit, IUnitOfWork unitOfWork, InboxSignal signal, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    private const int Listed = 20;

    public static string Name => "inbox";

    public static IReadOnlyList<string> Usage =>
        ["`/pausebot inbox dead` · `/pausebot inbox replay <id>` — events and clicks given up after their last attempt, and handling one again, e.g. `/pausebot inbox replay 42` (admins)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sub = words.FirstOrDefault()?.ToLowerInvariant();
        var now = time.GetUtcNow();
        if (!context.Actor.IsAdmin)
        {
            audit.AddAudit(new AuditEvent(now, context.UserId, null, "inbox." + (sub ?? ""), "refused:not-admin"));
            await unitOfWork.CommitAsync(ct); // the refusal's audit event
            return Replies.Ephemeral("🚫 Only PauseBot admins can read or replay the inbox.");
        }
        return (sub, words.Length) switch
        {
            ("dead", 1) => Replies.Ephemeral(await ListDeadAsync(ct)),
            ("replay", 2) when long.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) =>
                await ReplayAsync(context, id, now, ct),
            _ => Replies.Ephemeral("⚠️ Usage: " + Usage[0]),
        };
    }

    private async Task<string> ListDeadAsync(CancellationToken ct)
    {
        var dead = await inbox.DeadAsync(Listed, ct);
        if (dead.Count == 0) return "Nothing in the inbox was given up: every event and click was handled.";
        return $"*Given up* (newest first, at most {Listed}; `/pausebot inbox replay <id>` handles one again)\n" + string.Join("\n", dead.Select(m =>
            $"• `{m.Id}` {m.Kind} `{Mrkdwn.Escape(m.Label)}` · received {SlackDate.Token(DateTimeOffset.FromUnixTimeMilliseconds(m.ReceivedAtMs))}"
            + $" · {m.Attempts} attempts · last error: {Mrkdwn.Escape(m.LastError ?? "?")}"));
    }

    private async Task<SlackResponse> ReplayAsync(CommandContext context, long id, DateTimeOffset now, CancellationToken ct)
    {
        if (await inbox.FindAsync(id, ct) is not { } row)
            return Replies.Ephemeral($"There is no inbox row `{id}`. See `/pausebot inbox dead`.");
        if (row.State != InboxState.Dead)
            return Replies.Ephemeral($"Inbox row `{id}` is not dead ({row.State.ToString().ToLowerInvariant()}), so there is nothing to replay.");
        row.Replay(now);
        audit.AddAudit(new AuditEvent(now, context.UserId, null, "inbox.replay", "ok", $"{id} {row.Kind} {row.Label}"));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        signal.Notify();
        return Replies.Ephemeral($"🔁 Inbox row `{id}` ({row.Kind} `{Mrkdwn.Escape(row.Label)}`) will be handled again now.");
    }
}
