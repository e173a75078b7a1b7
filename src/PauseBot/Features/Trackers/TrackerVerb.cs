using Microsoft.Extensions.Options;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.TimeTracking;

namespace PauseBot.Features.Trackers;

/// <summary>
/// <c>/pausebot tracker link &lt;key&gt; harvest|toggl|clockify &lt;id&gt;</c>, <c>tracker unlink &lt;key&gt;</c>,
/// <c>tracker list</c> (leads of the project and admins; changes and refusals audited). Linking reads the project from the
/// tracker first, so the reply names it by id and by the tracker's own name and a wrong id is caught at once.
/// </summary>
public sealed class TrackerVerb(
    IProjectStore projects, IPauseStore pauses, IAuditLog audit, TrackerStore links, TrackerActions actions, ITimeTrackers trackers, IUnitOfWork unitOfWork,
    IOptions<TimeTrackingOptions> options, TimeProvider time) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "tracker";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot tracker link <key> harvest|toggl|clockify <tracker project id>` — archive it there at each pause's cutoff, "
        + "reactivate on resume, report hours logged meanwhile, e.g. `/pausebot tracker link chordus harvest 14308069` (leads and admins)",
        "`/pausebot tracker unlink <key>` · `/pausebot tracker list` — remove a link, show links (leads and admins)",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (words.FirstOrDefault()?.ToLowerInvariant(), words.Length) switch
        {
            ("link", 4) => await LinkAsync(context, words[1], words[2], words[3], ct),
            ("unlink", 2) => await UnlinkAsync(context, words[1], ct),
            ("list", 1) => Replies.Ephemeral(await ListAsync(context, ct)),
            _ => Replies.Ephemeral("⚠️ Usage:\n• " + string.Join("\n• ", Usage)),
        };
    }

    private async Task<SlackResponse> LinkAsync(CommandContext context, string keyText, string trackerText, string id, CancellationToken ct)
    {
        if (await ManagedAsync(context, keyText, "tracker.link", ct) is not { } project)
            return Refused(Slug.Normalize(keyText));
        if (!TrackerKinds.TryParse(trackerText, out var kind))
            return Replies.Ephemeral($"⚠️ `{Mrkdwn.Escape(trackerText)}` is not a tracker I know: use `harvest`, `toggl` or `clockify`.");
        if (trackers.Get(kind) is not { } tracker)
            return Replies.Ephemeral($"⚠️ {kind.DisplayName()} is not configured in PauseBot. An admin sets its `TimeTracking:{Section(kind)}` "
                                     + $"credentials (see the README, “Enforce pauses in your time tracker”); configured now: {Configured()}.");
        var found = await tracker.GetProjectAsync(id, ct);
        var now = time.GetUtcNow();
        if (!found.IsSuccess)
        {
            audit.AddAudit(new AuditEvent(now, context.UserId, project.Key, "tracker.link", "failed:" + found.Failure.Kind.ToString().ToLowerInvariant(), found.Failure.Message));
            await unitOfWork.CommitAsync(ct);
            return Replies.Ephemeral($"⚠️ Nothing linked. {Mrkdwn.Escape(found.Failure.Message)}");
        }

        var link = await links.FindLinkAsync(project.Key, ct);
        var replaced = link is null ? null : TrackerMessages.Describe(link);
        if (link is null) links.AddLink(link = new TrackerLink(project.Key, kind.Name(), found.Value.Id, found.Value.Name, context.UserId, now));
        else link.Relink(kind.Name(), found.Value.Id, found.Value.Name, context.UserId, now);
        audit.AddAudit(new AuditEvent(now, context.UserId, project.Key, "tracker.link", "ok", $"{kind.Name()} {found.Value.Id} “{found.Value.Name}”"));
        var pause = await pauses.OpenPauseAsync(project.Key, ct);
        if (pause is { State: PauseState.Active }) await actions.EnqueueCutoffAsync(pause, link, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);

        var every = Every(options.Value.CheckInterval);
        return Replies.Ephemeral(
            $"🔗 *{Mrkdwn.Escape(project.DisplayName)}* is linked to {TrackerMessages.Describe(kind, found.Value.Id, found.Value.Name)} "
            + $"({(found.Value.IsActive ? "active" : "archived")} in {kind.DisplayName()} now)."
            + (replaced is null ? "" : $" It replaces the link to {replaced}.")
            + $"\nWhen a pause takes effect I archive it there and stop the timers still running on it; on resume I make it active again. "
            + $"While paused I check it {every} for hours logged after the cutoff and tell the leads (and each person I find in Slack by email)."
            + (kind == TrackerKind.Toggl ? $"\n_{Mrkdwn.Escape(TrackerLimits.TogglOwnTimerOnly)}_" : "")
            + (pause is { State: PauseState.Active } ? $"\n*{Mrkdwn.Escape(project.DisplayName)}* is paused now, so I'm archiving it in {kind.DisplayName()} now." : ""));
    }

    private async Task<SlackResponse> UnlinkAsync(CommandContext context, string keyText, CancellationToken ct)
    {
        if (await ManagedAsync(context, keyText, "tracker.unlink", ct) is not { } project)
            return Refused(Slug.Normalize(keyText));
        if (await links.FindLinkAsync(project.Key, ct) is not { } link)
            return Replies.Ephemeral($"*{Mrkdwn.Escape(project.DisplayName)}* has no tracker link. Nothing changed.");
        links.RemoveLink(link);
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), context.UserId, project.Key, "tracker.unlink", "ok", $"{link.Tracker} {link.TrackerProjectId}"));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        var paused = await pauses.OpenPauseAsync(project.Key, ct) is { State: PauseState.Active };
        return Replies.Ephemeral($"✅ *{Mrkdwn.Escape(project.DisplayName)}* is no longer linked to {TrackerMessages.Describe(link)}; I won't touch it there again."
            + (paused ? " The project is paused: it stays archived in the tracker until someone makes it active there." : ""));
    }

    private async Task<string> ListAsync(CommandContext context, CancellationToken ct)
    {
        var visible = new List<string>();
        foreach (var link in await links.LinksAsync(ct))
            if (await projects.FindProjectAsync(link.ProjectKey, ct) is { } project && context.Actor.CanManage(project))
                visible.Add($"• `{link.ProjectKey}` → {TrackerMessages.Describe(link)} · linked by <@{link.LinkedBy}> {SlackDate.Token(link.LinkedAt)}");
        var head = $"Trackers configured: {Configured()}. Paused projects are checked {Every(options.Value.CheckInterval)}.";
        return visible.Count == 0 ? $"No tracker links on projects you lead. {head}" : $"*Tracker links*\n{string.Join("\n", visible)}\n{head}";
    }

    /// <summary>The project if the actor may manage it; otherwise records the refusal (committed) and returns null.</summary>
    private async Task<Project?> ManagedAsync(CommandContext context, string keyText, string action, CancellationToken ct)
    {
        var (key, project) = await ManagedProject.FindAsync(projects, context.Actor, keyText, ct);
        if (project is not null) return project;
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), context.UserId, key.Length == 0 ? null : key, action, "refused:not-lead"));
        await unitOfWork.CommitAsync(ct);
        return null;
    }

    private static SlackResponse Refused(string key) =>
        Replies.Ephemeral($"🚫 Only leads of `{Mrkdwn.Escape(key)}` and PauseBot admins can link it to a time tracker.");

    private string Configured() => trackers.Enabled.Count == 0 ? "none" : string.Join(", ", trackers.Enabled.Select(k => k.DisplayName()));

    private static string Section(TrackerKind kind) => kind switch
    {
        TrackerKind.Harvest => "Harvest:AccessToken` and `TimeTracking:Harvest:AccountId",
        TrackerKind.Toggl => "Toggl:ApiToken` and `TimeTracking:Toggl:WorkspaceId",
        _ => "Clockify:ApiKey` and `TimeTracking:Clockify:WorkspaceId",
    };

    private static string Every(TimeSpan interval) =>
        interval.TotalMinutes is var m && m >= 1 && m % 1 == 0 ? (m == 1 ? "every minute" : $"every {m:0} minutes") : $"every {interval.TotalSeconds:0} seconds";
}
