using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Api;

/// <summary><c>/pausebot export &lt;key&gt; [--from &lt;date&gt;] [--to &lt;date&gt;]</c> (leads, admins): a link to the pauses CSV.</summary>
public sealed class ExportVerb(IProjectStore projects, IAuditLog audit, IUnitOfWork unitOfWork, ExportLinks links, IOptions<PauseBotOptions> options, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "export";

    public static IReadOnlyList<string> Usage =>
        ["`/pausebot export <key> [--from <date>] [--to <date>]` — a CSV of pause intervals for finance, e.g. `/pausebot export chordus --from 2026-01-01` (leads)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text, FlagSpec.Time("from"), FlagSpec.Time("to"));
        if (!args.IsSuccess) return Replies.Ephemeral($"⚠️ {args.Error}");
        if (args.Positionals.Count != 1) return Replies.Ephemeral("⚠️ Usage: " + Usage[0]);
        var key = Slug.Normalize(args.Positional(0));
        var project = await projects.FindProjectAsync(key, ct);
        var now = time.GetUtcNow();
        if (project is null || !context.Actor.CanManage(project))
        {
            audit.AddAudit(new AuditEvent(now, context.UserId, key, "export", project is null ? "refused:unknown-project" : "refused:not-lead"));
            await unitOfWork.CommitAsync(ct); // the refusal's audit event
            return Replies.Ephemeral($"🚫 Only leads of `{Mrkdwn.Escape(key)}` and PauseBot admins can export its pauses.");
        }
        var errors = new List<string>();
        var from = TimeArgs.Read(args, "from", now, project.TimeZone, errors);
        var to = TimeArgs.Read(args, "to", now, project.TimeZone, errors);
        if (errors.Count > 0) return Replies.Ephemeral("⚠️ " + string.Join("\n", errors));
        if (from > to) return Replies.Ephemeral("⚠️ `--from` must be before `--to`.");

        var range = (from, to) switch
        {
            (null, null) => "all pauses",
            _ => $"pauses overlapping {(from is { } f ? SlackDate.Token(f) : "the start")} – {(to is { } t ? SlackDate.Token(t) : "now")}",
        };
        audit.AddAudit(new AuditEvent(now, context.UserId, key, "export", "ok", range));
        await unitOfWork.CommitAsync(ct); // only an audit event: nothing to lose to a race
        if (options.Value.PublicBaseUrl is not { Length: > 0 } baseUrl)
            return Replies.Ephemeral($"📄 The CSV of {range} of *{Mrkdwn.Escape(project.DisplayName)}* is at "
                + $"`GET /api/v1/projects/{key}/pauses.csv{Query(from, to)}` with `Authorization: Bearer <API key>` "
                + "(admins: `/pausebot apikey create <name>`). Set `PauseBot:PublicBaseUrl` and I'll reply with a ready link instead.");
        var url = (baseUrl.TrimEnd('/') + links.PathFor(key, from, to, now)).Replace("&", "&amp;", StringComparison.Ordinal); // mrkdwn escaping
        return Replies.Ephemeral($"📄 <{url}|Download the CSV> of {range} of *{Mrkdwn.Escape(project.DisplayName)}* "
            + $"(UTC times; the link works until {SlackDate.Token(now + options.Value.ExportLinkLifetime)}, no API key needed).");
    }

    private static string Query(DateTimeOffset? from, DateTimeOffset? to)
    {
        var parts = new List<string>();
        if (from is { } f) parts.Add("from=" + Instants.Format(f));
        if (to is { } t) parts.Add("to=" + Instants.Format(t));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
