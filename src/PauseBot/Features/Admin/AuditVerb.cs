using PauseBot.Core.Projects;
using PauseBot.Core.Audit;
using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Admin;

/// <summary><c>/pausebot audit &lt;key&gt;</c>: the latest 20 audit events, for the project's leads and admins.</summary>
public sealed class AuditVerb(IProjectStore projects, IAuditLog audit) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "audit";

    public static IReadOnlyList<string> Usage => ["`/pausebot audit <key>` — the latest 20 changes and refusals (leads and admins)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var (key, project) = await ManagedProject.FindAsync(projects, context.Actor, text, ct);
        if (project is null)
            return Replies.Ephemeral($"🚫 Only leads of `{Mrkdwn.Escape(key)}` and PauseBot admins can read its audit log.");
        var events = await audit.RecentAuditAsync(key, 20, ct);
        if (events.Count == 0) return Replies.Ephemeral($"No audit events for `{Mrkdwn.Escape(key)}` yet.");
        return Replies.Ephemeral($"*Audit of `{Mrkdwn.Escape(key)}`* (newest first)\n" + string.Join("\n", events.Select(e =>
            $"• {SlackDate.Token(e.At, "{date_num} {time_secs}")} {(e.Actor == "system" ? "PauseBot" : $"<@{e.Actor}>")} `{e.Action}` {e.Outcome}"
            + (e.Detail is { } d ? $" — {Mrkdwn.Escape(d.Length > 200 ? d[..200] + "…" : d)}" : ""))));
    }
}
