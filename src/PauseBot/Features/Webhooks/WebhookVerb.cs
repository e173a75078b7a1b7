using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Webhooks;

/// <summary><c>/pausebot webhook add|list|remove</c> (admins): receivers of signed pause/resume/update events.</summary>
public sealed class WebhookVerb(WebhookStore webhooks, IAuditLog audit, IUnitOfWork unitOfWork, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "webhook";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot webhook add <https-url> [--events pause,resume,update]` — signed POSTs on each event, e.g. `/pausebot webhook add https://tracker.example.com/hooks/pausebot` (admins)",
        "`/pausebot webhook list` · `/pausebot webhook remove <id>` (admins)",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text, FlagSpec.Text("events"));
        if (!args.IsSuccess) return Replies.Ephemeral($"⚠️ {args.Error}");
        var sub = args.Positional(0)?.ToLowerInvariant();
        var now = time.GetUtcNow();
        if (!context.Actor.IsAdmin)
        {
            audit.AddAudit(new AuditEvent(now, context.UserId, null, "webhook." + (sub ?? ""), "refused:not-admin"));
            await unitOfWork.CommitAsync(ct); // the refusal's audit event
            return Replies.Ephemeral("🚫 Only PauseBot admins can manage webhooks.");
        }
        return sub switch
        {
            "add" when args.Positionals.Count == 2 => await AddAsync(context, args.Positionals[1], args.Get("events"), now, ct),
            "list" => Replies.Ephemeral(await ListAsync(ct)),
            "remove" when args.Positionals.Count == 2 && int.TryParse(args.Positionals[1].TrimStart('#'), out var id) =>
                await RemoveAsync(context, id, now, ct),
            _ => Replies.Ephemeral("⚠️ I couldn't read that.\n" + string.Join("\n", Usage.Select(u => "• " + u))),
        };
    }

    private async Task<SlackResponse> AddAsync(CommandContext context, string rawUrl, string? events, DateTimeOffset now, CancellationToken ct)
    {
        if (WebhookUrl.Parse(rawUrl, out var error) is not { } url) return Replies.Ephemeral($"⚠️ {error}");
        var groups = (events ?? string.Join(',', WebhookEvents.Groups)).ToLowerInvariant()
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (groups.Count == 0 || groups.Except(WebhookEvents.Groups).FirstOrDefault() is { } unknown && unknown.Length > 0)
            return Replies.Ephemeral($"⚠️ `--events` takes a comma-separated list of {string.Join(", ", WebhookEvents.Groups.Select(g => $"`{g}`"))}.");
        var secret = WebhookSignature.NewSecret();
        var hook = new WebhookSubscription(url.AbsoluteUri, string.Join(',', groups), secret, context.UserId, now);
        webhooks.Add(hook);
        audit.AddAudit(new AuditEvent(now, context.UserId, null, "webhook.add", "ok", url.GetLeftPart(UriPartial.Path)));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        return Replies.Ephemeral($"🪝 Webhook *#{hook.Id}* added for {string.Join(", ", groups.Select(g => $"`{g}`"))} events to {Mrkdwn.Escape(hook.Url)}.\n"
            + $"Its signing secret — copy it now, I won't show it again:\n```{secret}```\n"
            + $"Verify each POST: `{WebhookSignature.SignatureHeader}` = `v0=` + hex HMAC-SHA256(secret, `v0:{{{WebhookSignature.TimestampHeader}}}:{{raw body}}`); "
            + $"`{WebhookSignature.DeliveryHeader}` is the same on every retry of one delivery, so use it to ignore repeats.");
    }

    private async Task<string> ListAsync(CancellationToken ct)
    {
        var all = await webhooks.ListAsync(ct);
        if (all.Count == 0) return "No webhooks. Add one with `/pausebot webhook add <https-url>`.";
        return "*Webhooks*\n" + string.Join("\n", all.Select(w =>
            $"• *#{w.Id}* {Mrkdwn.Escape(w.Url)} · {w.Events} · "
            + (w.DisabledAt is { } d ? $"🚫 disabled {SlackDate.Token(d)} ({Mrkdwn.Escape(w.LastError ?? "")})"
                : w.FailingSince is { } f ? $"⚠️ failing since {SlackDate.Token(f)} ({Mrkdwn.Escape(w.LastError ?? "")})" : "✅ healthy")));
    }

    private async Task<SlackResponse> RemoveAsync(CommandContext context, int id, DateTimeOffset now, CancellationToken ct)
    {
        if (await webhooks.FindAsync(id, ct) is not { } hook) return Replies.Ephemeral($"There is no webhook #{id}. See `/pausebot webhook list`.");
        webhooks.Remove(hook);
        audit.AddAudit(new AuditEvent(now, context.UserId, null, "webhook.remove", "ok", $"#{id}"));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        return Replies.Ephemeral($"✅ Webhook #{id} removed; deliveries still queued for it are dropped.");
    }
}
