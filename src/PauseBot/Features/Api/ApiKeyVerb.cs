using PauseBot.Core.Text;
using PauseBot.Features.Shared;
using PauseBot.Persistence.ApiKeys;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Api;

/// <summary><c>/pausebot apikey create|revoke|list …</c> (admins): keys for the HTTP API, shown once, stored hashed.</summary>
public sealed class ApiKeyVerb(ApiKeyStore keys) : IPauseBotVerb
{
    public string Name => "apikey";

    public IReadOnlyList<string> Usage =>
        ["`/pausebot apikey create <name>` · `/pausebot apikey revoke <name>` · `/pausebot apikey list` — keys for the billable API (admins)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        if (!context.Actor.IsAdmin) return Replies.Ephemeral("🚫 Only PauseBot admins can manage API keys.");
        var args = CommandText.Parse(text);
        var name = args.Positional(1) ?? "";
        switch (args.Positional(0)?.ToLowerInvariant())
        {
            case "create" when Slug.IsValid(name):
                var key = await keys.CreateAsync(name, context.UserId, ct);
                return Replies.Ephemeral(key is null
                    ? $"A key named `{name}` exists. Revoke it first: `/pausebot apikey revoke {name}`."
                    : $"🔑 API key `{name}` — copy it now, it is not shown again:\n```{key}```\nUse it as `Authorization: Bearer <key>` on `/api/v1/…`.");
            case "revoke" when name.Length > 0:
                return Replies.Ephemeral(await keys.RevokeAsync(name, ct) ? $"✅ Key `{Mrkdwn.Escape(name)}` revoked." : $"No live key named `{Mrkdwn.Escape(name)}`.");
            case "list":
                var all = await keys.ListAsync(ct);
                return Replies.Ephemeral(all.Count == 0 ? "No API keys yet." : string.Join("\n", all.Select(k =>
                    $"• `{k.Name}` by <@{k.CreatedBy}>, {SlackDate.Token(k.CreatedAt)}{(k.RevokedAt is { } r ? $" — revoked {SlackDate.Token(r)}" : "")}")));
            default:
                return Replies.Ephemeral($"⚠️ Usage: {Usage[0]}" + (args.Positional(0) == "create" ? $"\n{Slug.Validate(name)}" : ""));
        }
    }
}
